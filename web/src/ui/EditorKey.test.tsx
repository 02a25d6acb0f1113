// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../i18n';
import { EditorKey } from './EditorKey';
import { setEditorKey, useEditorKey } from './useEditorKey';

/** A write button as the scenario panel and saved views have one: enabled by the key. */
function Save() {
  const [key] = useEditorKey();
  return <button disabled={!key}>save</button>;
}

const page = (testId = 'key') =>
  render(
    <>
      <EditorKey testId={testId} />
      <Save />
    </>,
  );

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

describe('the editor key control', () => {
  it('keeps its field while the key is typed and after, so nothing moves under a click', () => {
    page();
    const field = screen.getByTestId('key');
    const save = screen.getByRole('button', { name: 'save' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(field, { target: { value: ' g' } });
    // One character in: the field must not vanish under the editor's fingers.
    expect(screen.getByTestId('key')).toBe(field);
    fireEvent.change(field, { target: { value: 'g60_secret ' } });
    expect(save).toHaveProperty('disabled', false);
    expect(sessionStorage.getItem('g60.apiKey')).toBe('g60_secret');
    fireEvent.blur(field);
    expect(screen.getByTestId('key')).toBe(field);
    expect(screen.queryByTestId('key-set')).toBeNull();
  });

  it('says a key is there when it appears with one, and opens the field to change it', () => {
    setEditorKey('g60_old');
    page();
    expect(screen.queryByTestId('key')).toBeNull();
    expect(screen.getByTestId('key-set').textContent).toContain('已填写写权限密钥');
    expect(screen.getByRole('button', { name: 'save' })).toHaveProperty('disabled', false);
    fireEvent.click(screen.getByRole('button', { name: '更换' }));
    const field = screen.getByTestId('key') as HTMLInputElement;
    expect(field.value).toBe('g60_old');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '' } });
    // A cleared key disables the writes, and is gone from the tab.
    expect(screen.getByRole('button', { name: 'save' })).toHaveProperty('disabled', true);
    expect(sessionStorage.getItem('g60.apiKey')).toBeNull();
  });

  it('is one key for the tab: entered in one place, it is there in every other', () => {
    render(
      <>
        <EditorKey testId="scenario-key" />
        <EditorKey testId="view-key" />
        <Save />
      </>,
    );
    fireEvent.change(screen.getByTestId('scenario-key'), { target: { value: 'g60_shared' } });
    expect((screen.getByTestId('view-key') as HTMLInputElement).value).toBe('g60_shared');
    expect(screen.getByRole('button', { name: 'save' })).toHaveProperty('disabled', false);
    act(() => setEditorKey(''));
    expect((screen.getByTestId('view-key') as HTMLInputElement).value).toBe('');
  });
});
