/**
 * GraphiQL for partners, bundled from npm into the app (no CDN: it works offline and behind firewalls).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const example = `# G60 Chain Explorer API — try Ctrl-Enter. Docs: the book icon, or docs/api.md.
query Example {
  search(text: "东磁", first: 5) { score node { id kind nameZh nameEn } }
  chainCoverage(industryId: "industry:nev") {
    cities { id nameZh }
    rows { segment { nameZh } total status cells { cityId count status } }
  }
}
`;

// The page is only this editor: it fills the window, in a container of its own.
const root = document.body.appendChild(document.createElement('div'));
root.style.height = '100vh';
document.body.style.margin = '0';
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={example} />
  </StrictMode>,
);
