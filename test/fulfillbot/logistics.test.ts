import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FULFILLBOT_KEYS } from '../../sandbox/src';
import { runPicker } from '../support/pickers';
import { useSandbox } from '../support/sandbox';
import { answered, BLANK, fulfillbotTestKit } from './support';

const sandbox = useSandbox();
const fb = fulfillbotTestKit(sandbox);
const { requests } = fb;

const logistics = (operation: string, parameters?: IDataObject, apiKey?: string) =>
	fb.run('logistics', operation, parameters, { apiKey });
/** `data` of a GET answered by the API itself, read directly (then the journal is cleared). */
const apiData = (path: string) => fb.api('GET', path);

/** One of the node's pickers as the editor runs it (test/support/pickers.ts), against the sandbox. */
const loadOptions = (
	method: string,
	parameters: INodeParameters,
	apiKey: string = FULFILLBOT_KEYS.all,
) =>
	runPicker({
		node: 'fulfillbot',
		method,
		credentialType: 'fulfillbotApi',
		credentials: { apiKey, baseUrl: sandbox.fulfillbotBaseUrl },
		parameters,
	});

describe('Fulfillbot › Logistics', () => {
	it('Get Countries: GET /logistics/countries, one item per country', async () => {
		const expected = (await apiData('/logistics/countries')) as IDataObject[];
		const { items, error } = await logistics('getCountries');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected);
		expect(expected).toEqual(expect.arrayContaining([{ code: 'US', name: 'United States' }]));
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/logistics/countries', query: {}, body: null, status: 200 },
		]);
	});

	it('Get Shipping Methods: filters go to the query', async () => {
		const expected = (await apiData(
			'/logistics/shipping-methods?country=US&weight=1500&cargoType=sensitive',
		)) as IDataObject[];
		const { items, error } = await logistics('getShippingMethods', {
			filters: { country: 'US', weight: 1500, cargoType: 'sensitive' },
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
		expect(await requests()).toEqual([
			answered('GET', '/logistics/shipping-methods', {
				country: 'US',
				weight: '1500',
				cargoType: 'sensitive',
			}),
		]);
	});

	it('Get Shipping Methods without filters sends no query', async () => {
		const { items } = await logistics('getShippingMethods');
		expect(items.length).toBeGreaterThan(1);
		expect((await requests())[0]).toMatchObject({ path: '/logistics/shipping-methods', query: {} });
	});

	it('Calculate Freight for All Channels: one item per channel, charged on volumetric weight', async () => {
		const { items, error } = await logistics('calculateFreightBatch', {
			country: 'US',
			weight: 1500,
			dimensions: { length: 30, width: 20, height: 15 },
		});

		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(1);
		for (const { json } of items)
			expect(json).toMatchObject({
				actualWeight: 1500,
				volumetricWeight: 1800,
				chargeWeight: 1800,
			});
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/logistics/calculate-freight-batch',
				query: {},
				body: { country: 'US', weight: 1500, length: 30, width: 20, height: 15 },
				status: 200,
			},
		]);
	});

	it('Calculate Freight: one channel, same figures as the batch quote', async () => {
		const { items: quotes } = await logistics('calculateFreightBatch', {
			country: 'US',
			weight: 1500,
		});
		const quote = quotes[0].json;
		await sandbox.clearJournal();

		const { items, error } = await logistics('calculateFreight', {
			country: 'US',
			weight: 1500,
			channelId: quote.channelId,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			channelId: quote.channelId,
			totalPrice: quote.totalPrice,
		});
		expect(await requests()).toEqual([
			{
				method: 'POST',
				path: '/logistics/calculate-freight',
				query: {},
				body: { country: 'US', weight: 1500, channelId: quote.channelId },
				status: 200,
			},
		]);
	});

	it('Get Channel Pricing: GET /logistics/shipping-methods/:channelId/pricing', async () => {
		const [channel] = (await apiData('/logistics/shipping-methods')) as IDataObject[];
		const expected = await apiData(
			`/logistics/shipping-methods/${String(channel.channelId)}/pricing`,
		);
		const { items, error } = await logistics('getChannelPricing', { channelId: channel.channelId });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(Array.isArray(expected) ? expected : [expected]);
		expect(await requests()).toEqual([
			answered('GET', `/logistics/shipping-methods/${String(channel.channelId)}/pricing`),
		]);
	});

	describe('bad input is refused before any request', () => {
		it.each([
			[
				'calculateFreightBatch',
				{ country: 'us', weight: 1500 },
				/^Country: must be a two-letter country code in capitals/,
			],
			[
				'calculateFreightBatch',
				{ country: 'USA', weight: 1500 },
				/^Country: must be a two-letter country code/,
			],
			[
				'calculateFreightBatch',
				{ country: BLANK, weight: 1500 },
				/^Country: must be a two-letter country code/,
			],
			[
				'calculateFreightBatch',
				{ country: 'US', weight: 0 },
				/^Weight \(g\): must be a whole number of at least 1/,
			],
			[
				'calculateFreightBatch',
				{ country: 'US', weight: 100, dimensions: { length: 0 } },
				/^Dimensions › length: must be more than 0 cm/,
			],
			[
				'calculateFreight',
				{ country: 'US', weight: 100, channelId: BLANK },
				/^Channel: is required$/,
			],
			[
				'getShippingMethods',
				{ filters: { country: 'United States' } },
				/^Country: must be a two-letter country code/,
			],
			['getChannelPricing', { channelId: BLANK }, /^Channel: is required$/],
		])('%s %j', async (operation, parameters, message) => {
			const { items, error } = await logistics(operation, parameters);
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(await requests()).toEqual([]);
		});
	});

	it('404 for an unknown channel carries the API message', async () => {
		const { error } = await logistics('getChannelPricing', { channelId: 'ch-nope' });
		expect(error?.name).toBe('NodeApiError');
		expect((error as { httpCode?: string }).httpCode).toBe('404');
		expect(await requests()).toEqual([
			{
				method: 'GET',
				path: '/logistics/shipping-methods/ch-nope/pricing',
				query: {},
				body: null,
				status: 404,
			},
		]);
	});

	it('403 without logistics:read (products+cart key)', async () => {
		const { error } = await logistics('getCountries', {}, FULFILLBOT_KEYS.productsCart);
		expect(error?.message).toMatch(
			/^Insufficient scope\. Required: logistics:read\. Your key has: products:read, cart:read$/,
		);
	});
});

describe('Fulfillbot › pickers (loadOptions)', () => {
	it('getCountries: "Name (CODE)" → CODE, sorted by name, one GET /logistics/countries', async () => {
		const countries = (await apiData('/logistics/countries')) as Array<{
			code: string;
			name: string;
		}>;
		const options = await loadOptions('getCountries', {});

		expect(options).toEqual(
			countries
				.map((c) => ({ name: `${c.name} (${c.code})`, value: c.code }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
		expect(await requests()).toEqual([
			{ method: 'GET', path: '/logistics/countries', query: {}, body: null, status: 200 },
		]);
	});

	it('getShippingChannels: for the country and weight set on the node', async () => {
		const channels = (await apiData(
			'/logistics/shipping-methods?country=US&weight=1500',
		)) as IDataObject[];
		const options = await loadOptions('getShippingChannels', {
			resource: 'logistics',
			operation: 'calculateFreight',
			country: 'US',
			weight: 1500,
		});

		expect(options.map((o) => o.value).sort()).toEqual(channels.map((c) => c.channelId).sort());
		expect(await requests()).toEqual([
			answered('GET', '/logistics/shipping-methods', { country: 'US', weight: '1500' }),
		]);
	});

	it('getAddresses: the saved addresses by id', async () => {
		const addresses = (await apiData('/user/addresses')) as IDataObject[];
		const options = await loadOptions('getAddresses', {});

		expect(options.map((o) => o.value)).toEqual(addresses.map((a) => a.id));
		expect(options[0].name).toContain(String(addresses[0].name));
		expect((await requests()).map((r) => r.path)).toEqual(['/user/addresses']);
	});

	it('getCoupons: the claimed coupons by id', async () => {
		const data = await apiData('/user/coupons/my');
		const coupons = (Array.isArray(data) ? data : data.items) as IDataObject[];
		const options = await loadOptions('getCoupons', {});

		expect(options.map((o) => o.value)).toEqual(coupons.map((c) => c.id));
		expect((await requests()).map((r) => r.path)).toEqual(['/user/coupons/my']);
	});

	it('an API error reaches the editor as the API’s message', async () => {
		await expect(
			loadOptions('getCountries', {}, FULFILLBOT_KEYS.productsCart),
		).rejects.toMatchObject({
			name: 'NodeApiError',
			message:
				'Insufficient scope. Required: logistics:read. Your key has: products:read, cart:read',
		});
	});
});
