import { z } from 'zod';

/** Record ids: short, URL- and file-safe, never a path. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of 1–64 letters, digits, "-" or "_"');
export type Id = z.infer<typeof Id>;

export const Point = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof Point>;

export const Size = z.object({
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
export type Size = z.infer<typeof Size>;

/** CSS hex colour, e.g. "#FFA960". */
export const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour like "#FFA960"');
export type Colour = z.infer<typeof Colour>;
