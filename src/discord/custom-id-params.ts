import { z } from 'zod';

/** Id schemas shared by component routes and job payloads. */
export const snowflakeParam = z.string().regex(/^\d{17,20}$/u, 'not a Discord id');
export const objectIdParam = z.string().regex(/^[a-f\d]{24}$/u, 'not a record id');
export const pageParam = z.coerce.number().int().min(1).max(999);
