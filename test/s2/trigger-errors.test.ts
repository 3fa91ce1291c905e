import { NodeApiError, type INode } from 'n8n-workflow';

import { mustFailPoll } from '../../nodes/shared/poll/pollErrors';

const node = {
	id: 'n',
	name: 'S2 Trigger',
	type: 'n8n-nodes-fulfillment.s2Trigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as INode;
const http = (status: number) =>
	new NodeApiError(node, { message: 'x' }, { message: 'x', httpCode: String(status) });

describe('polling triggers › which errors fail loudly', () => {
	it('before the first state is saved, every error fails the poll', () => {
		for (const error of [http(500), http(429), new Error('socket hang up')])
			expect(mustFailPoll(error, true)).toBe(true);
	});

	it('afterwards: what the user must fix is loud, passing trouble is retried at the next poll', () => {
		for (const status of [400, 401, 403, 404])
			expect([status, mustFailPoll(http(status), false)]).toEqual([status, true]);
		for (const status of [408, 429, 500, 502, 503])
			expect([status, mustFailPoll(http(status), false)]).toEqual([status, false]);
		expect(mustFailPoll(new Error('connect ECONNREFUSED 127.0.0.1:1'), false)).toBe(false);
		expect(
			mustFailPoll(
				new NodeApiError(node, {
					message: 'The service refused the connection',
					code: 'ECONNREFUSED',
				}),
				false,
			),
		).toBe(false);
	});
});
