/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0–9 and 21 capital letters
 * (no I, O, S, V, Z); the last is a check character over the first 17, so a mistyped or truncated code is caught
 * at import instead of becoming a second company.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 18 characters of the code's alphabet; the check character is tested by `usccCheckCharacter`. */
export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character the first 17 characters call for. */
export function usccCheckCharacter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(code[i] ?? '') * (WEIGHTS[i] as number);
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

/** What is wrong with a code, or null when it is a valid one. */
export function usccProblem(code: string): string | null {
  if (!USCC_PATTERN.test(code)) return 'must be an 18-character unified social credit code';
  const expected = usccCheckCharacter(code);
  return code[17] === expected
    ? null
    : `check character is ${code[17]}, the first 17 characters call for ${expected} (GB 32100-2015): a typing mistake?`;
}
