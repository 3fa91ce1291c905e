import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { invalidField, validate } from '../../../shared/validation';
import { isoDateTime, requireOrderId, shoplinePath } from '../../helpers/checks';
import { orderGetOutput } from '../../helpers/orderGet';
import { shoplineOutput } from '../../helpers/output';
import { pagedGet } from '../../helpers/paging';
import { orderCountDescription } from './count';
import { DATE_FILTERS } from './filters';
import { orderGetAllDescription } from './getAll';
import { orderIdDescription } from './orderId';

const LABELS: Record<string, string> = {
	created_at_min: 'Created After',
	created_at_max: 'Created Before',
	updated_at_min: 'Updated After',
	updated_at_max: 'Updated Before',
};

const MAX_IDS = 100;

// The filters the API would reject or misread are refused here, naming the field.
const checkFilters = validate(function (requestOptions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs = (requestOptions.qs ??= {});
	for (const name of DATE_FILTERS) {
		if (filters[name] !== undefined && String(filters[name]).trim() !== '') qs[name] = isoDateTime(this, filters[name], LABELS[name]);
		else delete qs[name];
	}
	if (filters.ids !== undefined) {
		const ids = String(filters.ids).split(',').map((s) => s.trim()).filter(Boolean);
		const fix = 'Give numeric order IDs separated by commas, at most 100.';
		if (!ids.length) delete qs.ids;
		else if (ids.some((id) => !/^\d+$/.test(id))) throw invalidField(this, 'Order IDs', `must be numeric IDs separated by commas (got ${JSON.stringify(filters.ids)})`, fix);
		else if (ids.length > MAX_IDS) throw invalidField(this, 'Order IDs', `has ${ids.length} IDs; SHOPLINE accepts at most ${MAX_IDS}`, fix);
		else qs.ids = ids.join(',');
	}
	for (const name of ['email', 'name', 'fields', 'sort_condition']) {
		if (typeof qs[name] === 'string') {
			const value = (qs[name] as string).trim();
			if (value) qs[name] = value;
			else delete qs[name];
		}
	}
});

// status=any: orders.json lists open orders by default, and Get must find cancelled ones too.
const getById = validate(function (requestOptions) {
	requestOptions.qs = { ...requestOptions.qs, ids: requireOrderId(this), status: 'any' };
});

const buildCancelBody = validate(function (requestOptions) {
	requireOrderId(this);
	// Our notes document no cancel parameters: an empty JSON object (the content type needs a body).
	requestOptions.body = '{}';
});

const orderUrl = '/orders/{orderId}/cancel.json';

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an order',
				description: 'Cancel an order',
				routing: {
					request: { method: 'POST', url: orderUrl },
					send: { preSend: [shoplinePath, buildCancelBody] },
					output: { postReceive: shoplineOutput('order') },
				},
			},
			{
				name: 'Count',
				value: 'count',
				action: 'Count orders',
				description: 'Get the number of orders matching the filters',
				routing: {
					request: { method: 'GET', url: '/orders/count.json' },
					send: { preSend: [checkFilters] },
					output: { postReceive: shoplineOutput() },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an order',
				description: 'Get an order with its line items',
				routing: {
					request: { method: 'GET', url: '/orders.json' },
					send: { preSend: [getById] },
					output: { postReceive: orderGetOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many orders',
				description: 'List orders, optionally filtered by status, dates, email, name or IDs',
				routing: pagedGet('/orders.json', 'orders', [checkFilters]),
			},
		],
		default: 'getAll',
	},
	...orderIdDescription,
	...orderGetAllDescription,
	...orderCountDescription,
];
