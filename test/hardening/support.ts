/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code, never packed (package.json files: ["dist"]) */
import fs from 'node:fs';
import path from 'node:path';

import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import {
	FULFILLBOT_KEYS,
	FULFILLBOT_WEBHOOK_SECRETS,
	S2,
	S2_SEED,
	SHOPLINE,
	SHOPLINE_CATALOG,
	SHOPLINE_SEED,
} from '../../sandbox/src';
import type { SandboxApi, SandboxFixture } from '../support/sandbox';

/** A value an expression leaves blank at run time (n8n itself refuses a required field left empty in the editor). */
export const BLANK = '={{ "" }}';

export type NodeName = 'fulfillbot' | 's2' | 'shopline';
export const NODES: NodeName[] = ['fulfillbot', 's2', 'shopline'];
export const API_OF: Record<NodeName, SandboxApi> = {
	fulfillbot: 'fulfillbot',
	s2: 's2',
	shopline: 'shopline',
};
const CREDENTIAL_OF: Record<NodeName, string> = {
	fulfillbot: 'fulfillbotApi',
	s2: 's2Api',
	shopline: 'shoplineApi',
};

/** The sandbox credential of a node (overrides replace single fields, e.g. a wrong token). */
export function credentialsFor(
	sandbox: SandboxFixture,
	node: NodeName,
	overrides: IDataObject = {},
): Record<string, ICredentialDataDecryptedObject> {
	const base: Record<NodeName, IDataObject> = {
		// The webhook signing secrets ride along, so every scan also proves they never show up (issue 17).
		fulfillbot: {
			apiKey: FULFILLBOT_KEYS.all,
			baseUrl: sandbox.fulfillbotBaseUrl,
			webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.all,
		},
		s2: { accessToken: S2.token, organizationId: S2.orgA, baseUrl: sandbox.s2BaseUrl },
		shopline: {
			handle: SHOPLINE.handle,
			accessToken: SHOPLINE.token,
			apiVersion: SHOPLINE.version,
			appSecret: SHOPLINE.appSecret,
			baseUrlOverride: sandbox.shoplineStoreUrl(),
		},
	};
	return {
		[CREDENTIAL_OF[node]]: { ...base[node], ...overrides } as ICredentialDataDecryptedObject,
	};
}

/**
 * The built description of a node, read synchronously from dist/ (the files package.json's `n8n.nodes`
 * lists), so that test tables can be generated from it at collection time.
 */
export function descriptionOf(node: NodeName): INodeTypeDescription {
	const root = path.resolve(__dirname, '../..');
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[] };
	};
	for (const file of pkg.n8n.nodes) {
		const exports = require(path.join(root, file)) as Record<string, new () => INodeType>; // eslint-disable-line @typescript-eslint/no-require-imports
		for (const NodeClass of Object.values(exports)) {
			const description = new NodeClass().description;
			if (description.name === node) return description;
		}
	}
	throw new Error(`node ${node} not found in dist/`);
}

/** The resources of a node, from its description. */
export function resourcesOf(node: NodeName): string[] {
	const resource = descriptionOf(node).properties.find((p) => p.name === 'resource');
	return ((resource?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

export interface OperationInfo {
	resource: string;
	operation: string;
	method: string;
}

/** Every operation option of a node with its resource, from its description. */
export function operationOptionsOf(
	node: NodeName,
): Array<{ resource: string; option: INodePropertyOptions }> {
	const description = descriptionOf(node);
	const out: Array<{ resource: string; option: INodePropertyOptions }> = [];
	for (const resource of resourcesOf(node)) {
		for (const property of description.properties) {
			if (
				property.name !== 'operation' ||
				!property.displayOptions?.show?.resource?.includes(resource)
			)
				continue;
			// No `?? []`: an operation property without options is a broken description, and fails here.
			for (const option of property.options as INodePropertyOptions[])
				out.push({ resource, option });
		}
	}
	return out;
}

/** Every operation of a node with the HTTP method of its routing, from its description. */
export function operationsOf(node: NodeName): OperationInfo[] {
	return operationOptionsOf(node).map(({ resource, option }) => ({
		resource,
		operation: String(option.value),
		method: String(option.routing?.request?.method ?? 'GET'),
	}));
}

/**
 * Whether `property` is shown for these parameters (displayOptions.show / hide). A controlling
 * parameter that is not set takes its default from the description.
 */
export function isShown(
	property: INodeProperties,
	parameters: IDataObject,
	description: INodeTypeDescription,
): boolean {
	const value = (key: string) =>
		parameters[key] ?? description.properties.find((p) => p.name === key)?.default;
	const { show, hide } = property.displayOptions ?? {};
	for (const [key, values] of Object.entries(show ?? {})) {
		if (!(values as unknown[]).includes(value(key))) return false;
	}
	for (const [key, values] of Object.entries(hide ?? {})) {
		if ((values as unknown[]).includes(value(key))) return false;
	}
	return true;
}

/**
 * One valid parameter set per resource: the representative operation the fault matrix runs, and the
 * request it must make (`target`). Money-moving creates are marked: they must be sent exactly once.
 */
export interface Representative {
	operation: string;
	parameters: IDataObject;
	target: { method: string; path: string };
	moneyMoving?: boolean;
}

const A = S2_SEED.orgA;
export const SL = SHOPLINE_SEED;

export const FULFILLBOT_RECIPIENT = {
	recipientSource: 'fields',
	recipientName: 'Jane Roe',
	recipientPhone: '+44 20 7946 0000',
	recipientCountry: 'GB',
	recipientCity: 'London',
	recipientAddress: '1 High St',
	recipientZipCode: 'SW1A 1AA',
};
/** A valid Fulfillbot address (Address → Create). */
export const FULFILLBOT_ADDRESS = {
	name: 'Jane Roe',
	phone: '+44 20 7946 0000',
	country: 'GB',
	city: 'London',
	address: '1 High St',
	zipCode: 'SW1A 1AA',
};
export const S2_ADDRESS = {
	addressName: 'Jane Doe',
	address1: '42 Main St',
	addressCity: 'Springfield',
	addressCountryId: 'US',
};

export const REPRESENTATIVE: Record<NodeName, Record<string, Representative>> = {
	fulfillbot: {
		product: {
			operation: 'get',
			parameters: { productId: '12345' },
			target: { method: 'GET', path: '/products/12345' },
		},
		cart: { operation: 'get', parameters: {}, target: { method: 'GET', path: '/cart' } },
		purchaseOrder: {
			operation: 'create',
			parameters: {
				inputMode: 'fields',
				items: { item: [{ productId: '12345', skuId: 's001', quantity: 1 }] },
			},
			target: { method: 'POST', path: '/orders' },
			moneyMoving: true,
		},
		logistics: {
			operation: 'getCountries',
			parameters: {},
			target: { method: 'GET', path: '/logistics/countries' },
		},
		shippingOrder: {
			operation: 'create',
			parameters: {
				inputMode: 'fields',
				items: { item: [{ inventoryId: 101, quantity: 1 }] },
				...FULFILLBOT_RECIPIENT,
				logisticsChannelId: 'ch-001',
			},
			target: { method: 'POST', path: '/shipping/create' },
			moneyMoving: true,
		},
		warehousePackage: {
			operation: 'getStats',
			parameters: {},
			target: { method: 'GET', path: '/warehouse/packages/stats' },
		},
		profile: { operation: 'get', parameters: {}, target: { method: 'GET', path: '/user/profile' } },
		address: {
			operation: 'getAll',
			parameters: {},
			target: { method: 'GET', path: '/user/addresses' },
		},
		wallet: {
			operation: 'getBalance',
			parameters: {},
			target: { method: 'GET', path: '/user/wallet/balance' },
		},
		favorite: {
			operation: 'add',
			parameters: { productId: '12347' },
			target: { method: 'POST', path: '/user/favorites' },
		},
		coupon: {
			operation: 'getAvailable',
			parameters: {},
			target: { method: 'GET', path: '/user/coupons/available' },
		},
	},
	s2: {
		account: {
			operation: 'getAll',
			parameters: { limit: 5 },
			target: { method: 'GET', path: '/account' },
		},
		fulfillment: {
			operation: 'create',
			parameters: { ...S2_ADDRESS, items: { item: [{ productId: A.products[0], quantity: 1 }] } },
			target: { method: 'POST', path: '/fulfillment' },
			moneyMoving: true,
		},
		inventory: {
			operation: 'getOverview',
			parameters: {},
			target: { method: 'GET', path: '/inventory/overview' },
		},
		order: {
			operation: 'create',
			parameters: {
				accountId: A.accounts.sandboxStore,
				channelOrderId: 'HARDENING-1',
				channelOrderDate: '2026-11-20T10:30:00',
				...S2_ADDRESS,
				orderItems: { item: [{ productId: A.products[2], quantity: 1 }] },
			},
			target: { method: 'POST', path: '/order' },
			moneyMoving: true,
		},
		product: {
			operation: 'getAll',
			parameters: { limit: 5 },
			target: { method: 'GET', path: '/product' },
		},
	},
	shopline: {
		fulfillment: {
			operation: 'create',
			parameters: {
				orderId: SL.orders.unshipped,
				lineItemsSource: 'fields',
				lineItems: { item: [{ id: SL.lineItems.unshipped[0], quantity: 1 }] },
			},
			target: { method: 'POST', path: `/orders/${SL.orders.unshipped}/fulfillments.json` },
			moneyMoving: true,
		},
		fulfillmentOrder: {
			operation: 'getForOrder',
			parameters: { orderId: SL.orders.unshipped },
			target: {
				method: 'GET',
				path: `/fulfillment_orders/${SL.orders.unshipped}/fulfillment_orders.json`,
			},
		},
		order: {
			operation: 'count',
			parameters: {},
			target: { method: 'GET', path: '/orders/count.json' },
		},
		// Catalog and stock (issue 23): reads, and Set for the levels (a write SHOPLINE refuses before a 429).
		product: {
			operation: 'get',
			parameters: { productId: SHOPLINE_CATALOG.products.mug },
			target: { method: 'GET', path: `/products/${SHOPLINE_CATALOG.products.mug}.json` },
		},
		variant: {
			operation: 'get',
			parameters: { variantId: SHOPLINE_CATALOG.variants.mug },
			target: { method: 'GET', path: `/products/variants/${SHOPLINE_CATALOG.variants.mug}.json` },
		},
		inventoryItem: {
			operation: 'get',
			parameters: { inventoryItemId: SHOPLINE_CATALOG.items.mug },
			target: { method: 'GET', path: `/inventory_items/${SHOPLINE_CATALOG.items.mug}.json` },
		},
		inventoryLevel: {
			operation: 'set',
			parameters: {
				inventoryItemId: SHOPLINE_CATALOG.items.mug,
				locationId: SHOPLINE_CATALOG.locations.main,
				available: 7,
			},
			target: { method: 'POST', path: '/inventory_levels/set.json' },
		},
		location: {
			operation: 'getAll',
			parameters: {},
			target: { method: 'GET', path: '/locations/list.json' },
		},
	},
};

/** Every secret seeded in the sandbox: one list, kept with the suite-wide scan. */
export { SECRETS } from '../support/secretScan';

/** Writes a count file under test/hardening/.counts (its own .gitignore keeps it out of git) and logs a summary line. */
export function recordCounts(name: string, counts: Record<string, number>): void {
	const dir = path.join(__dirname, '.counts');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, '.gitignore'), '*\n');
	fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(counts, null, 2)}\n`);
	process.stdout.write(
		`hardening ${name}: ${Object.entries(counts)
			.map(([k, v]) => `${k}=${v}`)
			.join(' ')}\n`,
	);
}
