import { describe, expect, it } from 'vitest';
import { matchesShortcut } from '../workspace/command';
import { COMMANDS } from './commands';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command registry', () => {
  it('gives every command a distinct id and a distinct shortcut', () => {
    const ids = COMMANDS.map((c) => c.id);
    const shortcuts = COMMANDS.map((c) => c.shortcut);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('matches shortcuts with their modifiers only', () => {
    expect(matchesShortcut('Ctrl+Z', key('z', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Ctrl+Z', key('z', { metaKey: true }))).toBe(true);
    expect(matchesShortcut('Ctrl+Z', key('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut('Ctrl+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesShortcut('E', key('e'))).toBe(true);
    expect(matchesShortcut('E', key('e', { ctrlKey: true }))).toBe(false);
    expect(matchesShortcut('Delete', key('Backspace'))).toBe(true);
  });
});
