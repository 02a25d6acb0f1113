/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n": typeof types.EntityNameFragmentDoc,
    "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n": typeof types.CitiesDocument,
    "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.TraceDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  fragment CoverageMatrix on ChainCoverage {\n    industry {\n      ...EntityName\n    }\n    cities {\n      ...EntityName\n    }\n    rows {\n      segment {\n        ...EntityName\n        stage\n        position\n      }\n      total\n      status\n      cells {\n        cityId\n        count\n        status\n      }\n    }\n  }\n": typeof types.CoverageMatrixFragmentDoc,
    "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      ...CoverageMatrix\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  fragment SupplierGapReportFields on SupplierGapReport {\n    segments {\n      ownSegment {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      isGap\n      partners {\n        ...EntityName\n      }\n      candidates {\n        company {\n          ...EntityName\n          city {\n            ...EntityName\n          }\n        }\n        score\n        distanceKm\n        reasons {\n          code\n          label\n          points\n          subjects\n          value\n        }\n      }\n    }\n  }\n": typeof types.SupplierGapReportFieldsFragmentDoc,
    "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      ...SupplierGapReportFields\n    }\n  }\n": typeof types.SupplierGapsDocument,
    "\n  query ScenarioSupplierGaps(\n    $industryId: ID!\n    $changes: [ScenarioChangeInput!]!\n    $companyId: ID!\n    $direction: GapDirection\n    $first: Int\n  ) {\n    whatIfSupplierGaps(\n      industryId: $industryId\n      changes: $changes\n      companyId: $companyId\n      direction: $direction\n      first: $first\n    ) {\n      ...SupplierGapReportFields\n    }\n  }\n": typeof types.ScenarioSupplierGapsDocument,
    "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n": typeof types.AssignCompanyDocument,
    "\n  query CorridorIndicators($fromYear: Int, $toYear: Int) {\n    corridorIndicators(fromYear: $fromYear, toYear: $toYear) {\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        companiesByIndustry {\n          industry {\n            id\n          }\n          companies\n        }\n        supplyLinks\n        crossCityLinks\n        collaborationShare\n        corridorLinks\n        outsideLinks\n        chainCompleteness\n        singleSourceSegments\n        alliances\n        parks\n        projects\n        trend {\n          year\n          companies\n          supplyLinks\n          crossCityLinks\n          corridorLinks\n          outsideLinks\n          alliances\n          projects\n        }\n      }\n    }\n  }\n": typeof types.CorridorIndicatorsDocument,
    "\n  query CorridorOverview($industryId: ID, $since: Int, $flows: Int) {\n    corridorOverview(industryId: $industryId, since: $since) {\n      since\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        industries {\n          industry {\n            id\n          }\n          companies\n        }\n      }\n      links {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        links\n      }\n      segments {\n        id\n      }\n      cells {\n        city {\n          id\n        }\n        segment {\n          id\n        }\n        companies\n      }\n      flows(first: $flows) {\n        fromCity {\n          id\n        }\n        fromSegment {\n          id\n        }\n        toCity {\n          id\n        }\n        toSegment {\n          id\n        }\n        links\n      }\n    }\n  }\n": typeof types.CorridorOverviewDocument,
    "\n  query OverviewCityProfile($cityId: ID!) {\n    cityProfile(cityId: $cityId) {\n      companies\n      industries {\n        industry {\n          id\n        }\n        companies\n        segments {\n          segment {\n            id\n          }\n          companies\n        }\n      }\n    }\n  }\n": typeof types.OverviewCityProfileDocument,
    "\n  query SegmentCompanies($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {\n    segmentCompanies(segmentId: $segmentId, cityId: $cityId, first: $first, after: $after) {\n      edges {\n        node {\n          ...EntityName\n          city {\n            id\n          }\n        }\n        suppliers\n        customers\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SegmentCompaniesDocument,
    "\n  query WhatIf($industryId: ID, $changes: [ScenarioChangeInput!]!) {\n    whatIf(industryId: $industryId, changes: $changes) {\n      industry {\n        id\n      }\n      coverage {\n        ...CoverageMatrix\n      }\n      resilience {\n        singleSourceSegments {\n          id\n        }\n        missingSegments {\n          id\n        }\n      }\n      diff {\n        cells {\n          segment {\n            ...EntityName\n          }\n          city {\n            ...EntityName\n          }\n          before\n          after\n          countBefore\n          countAfter\n        }\n        stranded {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        strandedCount\n        rescued {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        rescuedCount\n        cityPairs {\n          from {\n            ...EntityName\n          }\n          to {\n            ...EntityName\n          }\n          potentialBefore\n          potentialAfter\n          actualBefore\n          actualAfter\n          gapClosed\n          newlyLinked\n        }\n        removedCount\n        addedCount\n        connectedDownstreamBefore\n        connectedDownstreamAfter\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    updatedAt\n    industry {\n      ...EntityName\n    }\n    changes {\n      kind\n      companyId\n      cityId\n      segmentId\n      name\n      supplierId\n      customerId\n      company {\n        ...EntityName\n      }\n      city {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      supplier {\n        ...EntityName\n      }\n      customer {\n        ...EntityName\n      }\n    }\n  }\n": typeof types.ScenarioFieldsFragmentDoc,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.ScenarioDocument,
    "\n  query Scenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n": typeof types.ScenariosDocument,
    "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n": typeof types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id) {\n      ok\n    }\n  }\n": typeof types.DeleteScenarioDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query TargetList($cityId: ID!, $industryId: ID!, $first: Int) {\n    targetList(cityId: $cityId, industryId: $industryId, first: $first) {\n      segments {\n        segment {\n          id\n        }\n        status\n        cityCompanies\n        corridorCompanies\n        candidateCount\n        candidates {\n          company {\n            ...EntityName\n            uscc\n          }\n          city {\n            id\n          }\n          score\n          reasons {\n            code\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.TargetListDocument,
    "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      updatedAt\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      state\n    }\n  }\n": typeof types.SavedViewDocument,
    "\n  mutation SaveView($id: ID, $name: String!, $state: JSON!) {\n    saveView(id: $id, name: $name, state: $state) {\n      id\n      name\n      updatedAt\n    }\n  }\n": typeof types.SaveViewDocument,
    "\n  mutation RenameView($id: ID!, $name: String!) {\n    renameView(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameViewDocument,
    "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id) {\n      ok\n    }\n  }\n": typeof types.DeleteViewDocument,
};
const documents: Documents = {
    "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n": types.EntityNameFragmentDoc,
    "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n": types.CitiesDocument,
    "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n": types.TraceDocument,
    "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  fragment CoverageMatrix on ChainCoverage {\n    industry {\n      ...EntityName\n    }\n    cities {\n      ...EntityName\n    }\n    rows {\n      segment {\n        ...EntityName\n        stage\n        position\n      }\n      total\n      status\n      cells {\n        cityId\n        count\n        status\n      }\n    }\n  }\n": types.CoverageMatrixFragmentDoc,
    "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      ...CoverageMatrix\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n": types.CoverageDocument,
    "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  fragment SupplierGapReportFields on SupplierGapReport {\n    segments {\n      ownSegment {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      isGap\n      partners {\n        ...EntityName\n      }\n      candidates {\n        company {\n          ...EntityName\n          city {\n            ...EntityName\n          }\n        }\n        score\n        distanceKm\n        reasons {\n          code\n          label\n          points\n          subjects\n          value\n        }\n      }\n    }\n  }\n": types.SupplierGapReportFieldsFragmentDoc,
    "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      ...SupplierGapReportFields\n    }\n  }\n": types.SupplierGapsDocument,
    "\n  query ScenarioSupplierGaps(\n    $industryId: ID!\n    $changes: [ScenarioChangeInput!]!\n    $companyId: ID!\n    $direction: GapDirection\n    $first: Int\n  ) {\n    whatIfSupplierGaps(\n      industryId: $industryId\n      changes: $changes\n      companyId: $companyId\n      direction: $direction\n      first: $first\n    ) {\n      ...SupplierGapReportFields\n    }\n  }\n": types.ScenarioSupplierGapsDocument,
    "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n": types.AssignCompanyDocument,
    "\n  query CorridorIndicators($fromYear: Int, $toYear: Int) {\n    corridorIndicators(fromYear: $fromYear, toYear: $toYear) {\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        companiesByIndustry {\n          industry {\n            id\n          }\n          companies\n        }\n        supplyLinks\n        crossCityLinks\n        collaborationShare\n        corridorLinks\n        outsideLinks\n        chainCompleteness\n        singleSourceSegments\n        alliances\n        parks\n        projects\n        trend {\n          year\n          companies\n          supplyLinks\n          crossCityLinks\n          corridorLinks\n          outsideLinks\n          alliances\n          projects\n        }\n      }\n    }\n  }\n": types.CorridorIndicatorsDocument,
    "\n  query CorridorOverview($industryId: ID, $since: Int, $flows: Int) {\n    corridorOverview(industryId: $industryId, since: $since) {\n      since\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        industries {\n          industry {\n            id\n          }\n          companies\n        }\n      }\n      links {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        links\n      }\n      segments {\n        id\n      }\n      cells {\n        city {\n          id\n        }\n        segment {\n          id\n        }\n        companies\n      }\n      flows(first: $flows) {\n        fromCity {\n          id\n        }\n        fromSegment {\n          id\n        }\n        toCity {\n          id\n        }\n        toSegment {\n          id\n        }\n        links\n      }\n    }\n  }\n": types.CorridorOverviewDocument,
    "\n  query OverviewCityProfile($cityId: ID!) {\n    cityProfile(cityId: $cityId) {\n      companies\n      industries {\n        industry {\n          id\n        }\n        companies\n        segments {\n          segment {\n            id\n          }\n          companies\n        }\n      }\n    }\n  }\n": types.OverviewCityProfileDocument,
    "\n  query SegmentCompanies($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {\n    segmentCompanies(segmentId: $segmentId, cityId: $cityId, first: $first, after: $after) {\n      edges {\n        node {\n          ...EntityName\n          city {\n            id\n          }\n        }\n        suppliers\n        customers\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SegmentCompaniesDocument,
    "\n  query WhatIf($industryId: ID, $changes: [ScenarioChangeInput!]!) {\n    whatIf(industryId: $industryId, changes: $changes) {\n      industry {\n        id\n      }\n      coverage {\n        ...CoverageMatrix\n      }\n      resilience {\n        singleSourceSegments {\n          id\n        }\n        missingSegments {\n          id\n        }\n      }\n      diff {\n        cells {\n          segment {\n            ...EntityName\n          }\n          city {\n            ...EntityName\n          }\n          before\n          after\n          countBefore\n          countAfter\n        }\n        stranded {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        strandedCount\n        rescued {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        rescuedCount\n        cityPairs {\n          from {\n            ...EntityName\n          }\n          to {\n            ...EntityName\n          }\n          potentialBefore\n          potentialAfter\n          actualBefore\n          actualAfter\n          gapClosed\n          newlyLinked\n        }\n        removedCount\n        addedCount\n        connectedDownstreamBefore\n        connectedDownstreamAfter\n      }\n    }\n  }\n": types.WhatIfDocument,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    updatedAt\n    industry {\n      ...EntityName\n    }\n    changes {\n      kind\n      companyId\n      cityId\n      segmentId\n      name\n      supplierId\n      customerId\n      company {\n        ...EntityName\n      }\n      city {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      supplier {\n        ...EntityName\n      }\n      customer {\n        ...EntityName\n      }\n    }\n  }\n": types.ScenarioFieldsFragmentDoc,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n": types.ScenarioDocument,
    "\n  query Scenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n": types.ScenariosDocument,
    "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n": types.SaveScenarioDocument,
    "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id) {\n      ok\n    }\n  }\n": types.DeleteScenarioDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query TargetList($cityId: ID!, $industryId: ID!, $first: Int) {\n    targetList(cityId: $cityId, industryId: $industryId, first: $first) {\n      segments {\n        segment {\n          id\n        }\n        status\n        cityCompanies\n        corridorCompanies\n        candidateCount\n        candidates {\n          company {\n            ...EntityName\n            uscc\n          }\n          city {\n            id\n          }\n          score\n          reasons {\n            code\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n": types.TargetListDocument,
    "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      updatedAt\n    }\n  }\n": types.SavedViewsDocument,
    "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      state\n    }\n  }\n": types.SavedViewDocument,
    "\n  mutation SaveView($id: ID, $name: String!, $state: JSON!) {\n    saveView(id: $id, name: $name, state: $state) {\n      id\n      name\n      updatedAt\n    }\n  }\n": types.SaveViewDocument,
    "\n  mutation RenameView($id: ID!, $name: String!) {\n    renameView(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameViewDocument,
    "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id) {\n      ok\n    }\n  }\n": types.DeleteViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityName on Entity {\n    id\n    nameZh\n    nameEn\n  }\n"): typeof import('./graphql').EntityNameFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities {\n    cities {\n      ...EntityName\n      role\n      lat\n      lng\n    }\n  }\n"): typeof import('./graphql').CitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries {\n    industries {\n      ...EntityName\n      segments {\n        ...EntityName\n      }\n    }\n  }\n"): typeof import('./graphql').IndustriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    truncated\n    nodes {\n      id\n      kind\n      label\n      labelEn\n      cityId\n      synthetic\n      tier\n      date\n    }\n    edges {\n      id\n      kind\n      source\n      target\n    }\n  }\n"): typeof import('./graphql').SubgraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trace($id: ID!, $direction: TraceDirection, $maxDepth: Int, $industryId: ID, $cityIds: [ID!], $limit: Int) {\n    trace(\n      companyId: $id\n      direction: $direction\n      maxDepth: $maxDepth\n      industryId: $industryId\n      cityIds: $cityIds\n      limit: $limit\n    ) {\n      ...SubgraphFields\n    }\n  }\n"): typeof import('./graphql').TraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($fromId: ID!, $toId: ID!, $k: Int) {\n    paths(fromId: $fromId, toId: $toId, k: $k) {\n      paths {\n        nodeIds\n        length\n      }\n      graph {\n        ...SubgraphFields\n      }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      kind\n      nameZh\n      nameEn\n      aliases\n      synthetic\n      sources {\n        sourceId\n        title\n        publisher\n        publishedOn\n        quote\n      }\n      ... on Company {\n        listed\n        founded\n        city {\n          ...EntityName\n        }\n        parks {\n          ...EntityName\n        }\n        memberships {\n          role\n          alliance {\n            ...EntityName\n          }\n        }\n        segments {\n          ...EntityName\n        }\n        supplierCount\n        customerCount\n      }\n      ... on City {\n        province\n        role\n      }\n      ... on Alliance {\n        founded\n        memberCount\n        status\n      }\n      ... on Park {\n        level\n        status\n        city {\n          ...EntityName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageMatrix on ChainCoverage {\n    industry {\n      ...EntityName\n    }\n    cities {\n      ...EntityName\n    }\n    rows {\n      segment {\n        ...EntityName\n        stage\n        position\n      }\n      total\n      status\n      cells {\n        cityId\n        count\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageMatrixFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($industryId: ID!, $pairs: Int) {\n    chainCoverage(industryId: $industryId) {\n      ...CoverageMatrix\n    }\n    collaborationGaps(industryId: $industryId, first: $pairs) {\n      from {\n        id\n      }\n      to {\n        id\n      }\n      potential\n      actual\n      ratio\n    }\n    resilience(industryId: $industryId) {\n      singleSourceSegments {\n        id\n      }\n      missingSegments {\n        id\n      }\n      cutCompanies {\n        company {\n          ...EntityName\n        }\n        stranded\n      }\n      connectedDownstream\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($filter: CompanyFilter, $first: Int) {\n    companies(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...EntityName\n          synthetic\n          city {\n            ...EntityName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierGapReportFields on SupplierGapReport {\n    segments {\n      ownSegment {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      isGap\n      partners {\n        ...EntityName\n      }\n      candidates {\n        company {\n          ...EntityName\n          city {\n            ...EntityName\n          }\n        }\n        score\n        distanceKm\n        reasons {\n          code\n          label\n          points\n          subjects\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupplierGapReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierGaps($companyId: ID!, $direction: GapDirection, $first: Int) {\n    supplierGaps(companyId: $companyId, direction: $direction, first: $first) {\n      ...SupplierGapReportFields\n    }\n  }\n"): typeof import('./graphql').SupplierGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioSupplierGaps(\n    $industryId: ID!\n    $changes: [ScenarioChangeInput!]!\n    $companyId: ID!\n    $direction: GapDirection\n    $first: Int\n  ) {\n    whatIfSupplierGaps(\n      industryId: $industryId\n      changes: $changes\n      companyId: $companyId\n      direction: $direction\n      first: $first\n    ) {\n      ...SupplierGapReportFields\n    }\n  }\n"): typeof import('./graphql').ScenarioSupplierGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCompany($id: ID!, $input: CompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      ok\n      errors {\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AssignCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorridorIndicators($fromYear: Int, $toYear: Int) {\n    corridorIndicators(fromYear: $fromYear, toYear: $toYear) {\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        companiesByIndustry {\n          industry {\n            id\n          }\n          companies\n        }\n        supplyLinks\n        crossCityLinks\n        collaborationShare\n        corridorLinks\n        outsideLinks\n        chainCompleteness\n        singleSourceSegments\n        alliances\n        parks\n        projects\n        trend {\n          year\n          companies\n          supplyLinks\n          crossCityLinks\n          corridorLinks\n          outsideLinks\n          alliances\n          projects\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CorridorIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorridorOverview($industryId: ID, $since: Int, $flows: Int) {\n    corridorOverview(industryId: $industryId, since: $since) {\n      since\n      years\n      cities {\n        city {\n          id\n        }\n        companies\n        industries {\n          industry {\n            id\n          }\n          companies\n        }\n      }\n      links {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        links\n      }\n      segments {\n        id\n      }\n      cells {\n        city {\n          id\n        }\n        segment {\n          id\n        }\n        companies\n      }\n      flows(first: $flows) {\n        fromCity {\n          id\n        }\n        fromSegment {\n          id\n        }\n        toCity {\n          id\n        }\n        toSegment {\n          id\n        }\n        links\n      }\n    }\n  }\n"): typeof import('./graphql').CorridorOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewCityProfile($cityId: ID!) {\n    cityProfile(cityId: $cityId) {\n      companies\n      industries {\n        industry {\n          id\n        }\n        companies\n        segments {\n          segment {\n            id\n          }\n          companies\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewCityProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentCompanies($segmentId: ID!, $cityId: ID, $first: Int, $after: String) {\n    segmentCompanies(segmentId: $segmentId, cityId: $cityId, first: $first, after: $after) {\n      edges {\n        node {\n          ...EntityName\n          city {\n            id\n          }\n        }\n        suppliers\n        customers\n        cursor\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SegmentCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($industryId: ID, $changes: [ScenarioChangeInput!]!) {\n    whatIf(industryId: $industryId, changes: $changes) {\n      industry {\n        id\n      }\n      coverage {\n        ...CoverageMatrix\n      }\n      resilience {\n        singleSourceSegments {\n          id\n        }\n        missingSegments {\n          id\n        }\n      }\n      diff {\n        cells {\n          segment {\n            ...EntityName\n          }\n          city {\n            ...EntityName\n          }\n          before\n          after\n          countBefore\n          countAfter\n        }\n        stranded {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        strandedCount\n        rescued {\n          company {\n            ...EntityName\n          }\n          segments {\n            ...EntityName\n          }\n        }\n        rescuedCount\n        cityPairs {\n          from {\n            ...EntityName\n          }\n          to {\n            ...EntityName\n          }\n          potentialBefore\n          potentialAfter\n          actualBefore\n          actualAfter\n          gapClosed\n          newlyLinked\n        }\n        removedCount\n        addedCount\n        connectedDownstreamBefore\n        connectedDownstreamAfter\n      }\n    }\n  }\n"): typeof import('./graphql').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    updatedAt\n    industry {\n      ...EntityName\n    }\n    changes {\n      kind\n      companyId\n      cityId\n      segmentId\n      name\n      supplierId\n      customerId\n      company {\n        ...EntityName\n      }\n      city {\n        ...EntityName\n      }\n      segment {\n        ...EntityName\n      }\n      supplier {\n        ...EntityName\n      }\n      customer {\n        ...EntityName\n      }\n    }\n  }\n"): typeof import('./graphql').ScenarioFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioFields\n    }\n  }\n"): typeof import('./graphql').ScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenarios {\n    scenarios {\n      ...ScenarioFields\n    }\n  }\n"): typeof import('./graphql').ScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScenario($input: ScenarioInput!) {\n    saveScenario(input: $input) {\n      ...ScenarioFields\n    }\n  }\n"): typeof import('./graphql').SaveScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScenario($id: ID!) {\n    deleteScenario(id: $id) {\n      ok\n    }\n  }\n"): typeof import('./graphql').DeleteScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      node {\n        id\n        kind\n        nameZh\n        nameEn\n        synthetic\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetList($cityId: ID!, $industryId: ID!, $first: Int) {\n    targetList(cityId: $cityId, industryId: $industryId, first: $first) {\n      segments {\n        segment {\n          id\n        }\n        status\n        cityCompanies\n        corridorCompanies\n        candidateCount\n        candidates {\n          company {\n            ...EntityName\n            uscc\n          }\n          city {\n            id\n          }\n          score\n          reasons {\n            code\n            points\n            subjects\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews {\n    savedViews {\n      id\n      name\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      state\n    }\n  }\n"): typeof import('./graphql').SavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveView($id: ID, $name: String!, $state: JSON!) {\n    saveView(id: $id, name: $name, state: $state) {\n      id\n      name\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SaveViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameView($id: ID!, $name: String!) {\n    renameView(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteView($id: ID!) {\n    deleteView(id: $id) {\n      ok\n    }\n  }\n"): typeof import('./graphql').DeleteViewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
