/**
 * Telling a registry file from one in the project's own import layout, and reading a column mapping file.
 */
import { open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ParseError, decodeText } from '../parse.js';
import { COMPANY_FIELDS, SUPPLY_FIELDS, detectColumns, type Mapping } from './columns.js';

/** An .xlsx always; a .csv when its header has none of our own layout's columns (kind, id, from) and reads as one. */
export async function isRegistry(file: string): Promise<boolean> {
  if (/\.xlsx$/i.test(file)) return true;
  if (!/\.csv$/i.test(file)) return false;
  const handle = await open(file);
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  // Up to the first line feed: a byte no multi-byte character of UTF-8 or GB18030 contains.
  const end = head.indexOf(0x0a);
  const headers = decodeText(end >= 0 ? head.subarray(0, end) : head, file)
    .text.split(',')
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  if (headers.some((h) => ['kind', 'id', 'from'].includes(h.toLowerCase()))) return false;
  return typeof detectColumns(headers) !== 'string';
}

const FIELDS = [...Object.keys(COMPANY_FIELDS), ...Object.keys(SUPPLY_FIELDS)] as [string, ...string[]];

/** A column mapping: field → the header (as written in the sheet) that holds it. */
export const MappingSchema = z.partialRecord(z.enum(FIELDS), z.string().min(1).max(200));

/** `--mapping file.json`: {"name": "单位全称", …}; an unknown field is named with the ones there are. */
export async function readMapping(file: string): Promise<Mapping> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ParseError(`${file}: ${(error as Error).message}`);
  }
  const parsed = MappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParseError(
      `${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'not a mapping'}; fields are ${FIELDS.join(', ')}`,
    );
  }
  return parsed.data as Mapping;
}
