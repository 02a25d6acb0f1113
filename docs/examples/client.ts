/**
 * A small typed client for the G60 Chain Explorer API, for partner systems.
 *
 *   npm start                                  # in another terminal
 *   npx tsx docs/examples/client.ts            # G60_API defaults to http://localhost:4000/graphql
 *
 * The documents below are typed by codegen (docs/examples/__generated__/, `npm run codegen`): variables and
 * results are checked at compile time against the schema partners rely on.
 */
import { graphql } from './__generated__/gql.js';
import type { TypedDocumentString } from './__generated__/graphql.js';

const API = process.env.G60_API ?? 'http://localhost:4000/graphql';

async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new Error(`${first?.extensions?.code ?? 'ERROR'}: ${first?.message}`);
  }
  return body.data as R;
}

const Search = graphql(`
  query PartnerSearch($text: String!) {
    search(text: $text, first: 5) {
      score
      node {
        id
        kind
        nameZh
        nameEn
      }
    }
  }
`);

const Trace = graphql(`
  query PartnerTrace($id: ID!) {
    trace(companyId: $id, direction: BOTH, maxDepth: 2, limit: 50) {
      truncated
      nodes {
        id
        label
        tier
        cityId
      }
      edges {
        source
        target
      }
    }
  }
`);

// Each query asks for what this client uses, nothing more: the cost limit prices what is asked.
const Coverage = graphql(`
  query PartnerCoverage($industryId: ID!) {
    chainCoverage(industryId: $industryId) {
      rows {
        segment {
          nameZh
        }
        status
        cells {
          count
        }
      }
    }
  }
`);

const Gaps = graphql(`
  query PartnerGaps($companyId: ID!) {
    supplierGaps(companyId: $companyId, direction: UPSTREAM, first: 3) {
      segments {
        segment {
          nameZh
        }
        isGap
        candidates {
          company {
            nameZh
          }
          score
        }
      }
    }
  }
`);

const found = await request(Search, { text: '东磁' });
console.log('search 东磁:', found.search.map((h) => `${h.node.nameZh} (${h.node.kind})`).join(', '));

const company = found.search.find((h) => h.node.kind === 'COMPANY')?.node.id ?? 'company:hengdian-dmegc';
const trace = await request(Trace, { id: company });
console.log(`trace ${company}: ${trace.trace.nodes.length} companies, ${trace.trace.edges.length} supply links`);

const coverage = await request(Coverage, { industryId: 'industry:nev' });
for (const row of coverage.chainCoverage.rows) {
  console.log(
    `${row.segment.nameZh.padEnd(8, '　')} ${row.status.padEnd(9)} ${row.cells.map((c) => c.count).join(' ')}`,
  );
}

const gaps = await request(Gaps, { companyId: company });
for (const s of gaps.supplierGaps.segments.filter((g) => g.isGap)) {
  const best = s.candidates[0];
  console.log(`gap ${s.segment.nameZh}: best candidate ${best ? `${best.company.nameZh} (${best.score})` : 'none'}`);
}
