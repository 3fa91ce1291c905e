import { OP_CASES } from '../matrix/cases';
import { NODES, operationsOf, resourcesOf, type NodeName } from './support';

/*
 * The n8n version matrix (`npm run test:matrix`) runs one operation per resource of each node. Its table
 * (test/matrix/cases.ts) is data the matrix run reads; here it is checked against the built descriptions,
 * so a new resource without a matrix case fails in the ordinary suite, not only when someone notices.
 */

/**
 * Known gap, to shrink and never to grow: the SHOPLINE catalog and stock resources (issue 23) have no matrix
 * case yet (adding one needs a matrix run in the three n8n versions). A case added here must leave this list.
 */
const NOT_YET_IN_MATRIX: Record<NodeName, string[]> = {
	fulfillbot: [],
	s2: [],
	shopline: [],
};

describe('hardening › the version matrix covers every resource', () => {
	it.each(NODES)(
		'%s: one case per resource of the built description, each a real operation',
		(node) => {
			const cases = OP_CASES.filter((c) => c.api === node);
			const covered = cases.map((c) => c.resource);
			expect(new Set(covered).size).toBe(covered.length);
			expect([...covered, ...NOT_YET_IN_MATRIX[node]].sort()).toEqual(resourcesOf(node).sort());
			const operations = new Set(
				operationsOf(node).map((o) => `${o.resource}.${o.operation} ${o.method}`),
			);
			for (const c of cases)
				expect(operations).toContain(`${c.resource}.${c.operation} ${c.method}`);
		},
	);
});
