/** The accent colour of every embed the bot sends. */
export const BRAND_COLOR = 0x5865f2;
