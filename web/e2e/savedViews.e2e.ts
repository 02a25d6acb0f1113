/** A saved view restores exactly what was on the canvas: expansions, hidden nodes, positions, zoom. */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { open, sharedBrowser, tapNode, waitForGraph } from './browser';

const browser = sharedBrowser();

/** What the canvas shows: every node with its position, rounded, and the zoom. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: Core }).__cy;
    const nodes: Record<string, [number, number]> = {};
    cy.nodes().forEach((n) => {
      nodes[n.id()] = [Math.round(n.position('x')), Math.round(n.position('y'))];
    });
    return { nodes, edges: cy.edges().length, zoom: Math.round(cy.zoom() * 1000) / 1000 };
  });

describe('saved views', () => {
  it('saves a view after expansions and restores it exactly from its link', async () => {
    const page = await open(browser(), '/?focus=city%3Ajinhua');
    await waitForGraph(page, 2);
    const first = Object.keys((await drawn(page)).nodes).length;
    // Expand a company next to the city, then hide another node and move one by hand.
    const company = await page.evaluate(
      () =>
        (window as unknown as { __cy: Core }).__cy
          .nodes('.company')
          .map((n) => n.id())
          .sort()[0] as string,
    );
    await page.evaluate((id) => {
      (window as unknown as { __cy: Core }).__cy.getElementById(id).emit('dbltap');
    }, company);
    await page.waitForFunction((n) => (window as any).__cy.nodes().length > n, first, { timeout: 30_000 });
    await waitForGraph(page, first + 1);
    const hide = await page.evaluate(
      (keep) =>
        (window as unknown as { __cy: Core }).__cy
          .nodes()
          .map((n) => n.id())
          .filter((id) => id !== keep && id !== 'city:jinhua')
          .sort()
          .at(-1) as string,
      company,
    );
    await tapNode(page, hide);
    await page.getByTestId('cmd-hide').click();
    await page.waitForFunction((id) => (window as any).__cy.getElementById(id).empty(), hide);
    await page.evaluate((id) => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      cy.getElementById(id).position({ x: 1234, y: -567 });
      cy.zoom(0.8);
    }, company);
    const before = await drawn(page);
    expect(before.nodes[company]).toEqual([1234, -567]);

    await page.getByTestId('saved-views').locator('summary').click();
    await page.getByTestId('view-key').fill(inject('adminToken'));
    await page.getByTestId('view-name').fill('金华 展开');
    await page.getByTestId('view-save').click();
    await page.waitForURL(/view=view%3A[a-z0-9]+/, { timeout: 30_000 });
    await page.getByTestId('view-list').getByText('金华 展开').waitFor();
    const link = page.url();

    const fresh = await open(browser(), link.slice(link.indexOf('/?')));
    await fresh.waitForFunction(
      (n) => (window as any).__cy?.nodes().length === n && !document.querySelector('[data-testid=busy]'),
      Object.keys(before.nodes).length,
      { timeout: 30_000 },
    );
    await fresh.waitForFunction(() => Math.round((window as any).__cy.zoom() * 1000) / 1000 === 0.8);
    expect(await drawn(fresh)).toEqual(before);
    // The hidden node is still hidden, and "show all" brings it back as saved.
    await fresh.getByTestId('cmd-showAll').click();
    await fresh.waitForFunction((id) => (window as any).__cy.getElementById(id).nonempty(), hide);
  });
});
