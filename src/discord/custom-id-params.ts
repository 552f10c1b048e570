import { z } from 'zod';

/** Param schemas shared by component routes. */
export const userIdParam = z.string().regex(/^\d{17,20}$/u, 'not a user id');
export const objectIdParam = z.string().regex(/^[a-f\d]{24}$/u, 'not a record id');
export const pageParam = z.coerce.number().int().min(0).max(999);
