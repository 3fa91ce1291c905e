import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import * as fulfillbot from '../../nodes/Fulfillbot/helpers/output';
import * as s2 from '../../nodes/S2/helpers/output';
import * as shopline from '../../nodes/Shopline/helpers/output';

/*
 * The three integrations read answers alike (issue 24): `<api>Output(key?)` is the postReceive chain of
 * an operation (error handler first, guarded over every operation by routing-guard.test.ts) and
 * `records(body, key?)` the list reader of pickers, triggers and look-ups. The operations use the chains
 * without a key and every-operation.test.ts runs them through n8n-core; this pins what a key does, in the
 * three, on each API's own envelope, so a new operation can take the records under a key in any of them.
 */

const API = {
	fulfillbot: {
		output: fulfillbot.fulfillbotOutput,
		records: fulfillbot.records,
		wrap: (payload: unknown) => ({ code: 0, data: payload }),
		keyMissing: 'none',
	},
	s2: {
		output: s2.s2Output,
		records: s2.records,
		wrap: (payload: unknown) => payload,
		keyMissing: 'none',
	},
	// SHOPLINE: an answer without the key is itself the record (counts answer {"count": n}).
	shopline: {
		output: shopline.shoplineOutput,
		records: shopline.records,
		wrap: (payload: unknown) => payload,
		keyMissing: 'whole answer',
	},
} as const;

type Step = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

/** Runs a chain's steps after its error handler (which needs a credential) on one 200 answer. */
async function unwrap(chain: PostReceiveAction[], body: unknown): Promise<unknown[]> {
	const response = { statusCode: 200, headers: {}, body } as IN8nHttpFullResponse;
	let items: INodeExecutionData[] = [{ json: {} }];
	for (const step of chain.slice(1)) {
		items = await (step as Step).call({} as IExecuteSingleFunctions, items, response);
	}
	return items.map((i) => i.json);
}

describe.each(Object.entries(API))('%s: output and list reader', (_api, api) => {
	const { output, records, wrap } = api;
	const channels = [{ id: 1 }, { id: 2 }];
	const missing = (answer: object) => (api.keyMissing === 'none' ? [] : [answer]);

	it('without a key: the answer as one item', async () => {
		expect(output()).toHaveLength(2);
		expect(await unwrap(output(), wrap({ id: 7, channels }))).toEqual([{ id: 7, channels }]);
	});

	it('with a key: one item per record under it, the rest of the answer dropped', async () => {
		expect(await unwrap(output('channels'), wrap({ id: 7, channels }))).toEqual(channels);
		expect(await unwrap(output('channels'), wrap({ id: 7 }))).toEqual(missing({ id: 7 }));
	});

	it('records(body, key): the list under the key', () => {
		expect(records({ channels, total: 2 }, 'channels')).toEqual(channels);
		expect(records({ total: 0 }, 'channels')).toEqual(missing({ total: 0 }));
	});
});

describe('default list keys', () => {
	it('Fulfillbot and S2 read `items` of a page; Fulfillbot also a plain array', () => {
		const items = [{ id: 1 }];
		expect(fulfillbot.records({ items, total: 1 })).toEqual(items);
		expect(fulfillbot.records(items)).toEqual(items);
		expect(s2.records({ items, total: 1 })).toEqual(items);
		expect(s2.records(items)).toEqual([]);
	});
});
