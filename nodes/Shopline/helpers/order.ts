import type { IDataObject } from 'n8n-workflow';

import { invalidField, validate } from '../../shared/input/validation';
import { isoDateTime } from './checks';
import { numericParam, orderId } from './ids';

// Order: the filters of Get Many and Count, Get by ID and Cancel, checked before the request.

const DATE_FILTERS: Record<string, string> = {
	created_at_min: 'Created After',
	created_at_max: 'Created Before',
	updated_at_min: 'Updated After',
	updated_at_max: 'Updated Before',
};

const MAX_IDS = 100;

// The filters the API would reject or misread are refused here, naming the field.
export const checkFilters = validate(function (requestOptions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs = (requestOptions.qs ??= {});
	for (const [name, label] of Object.entries(DATE_FILTERS)) {
		if (filters[name] !== undefined && String(filters[name]).trim() !== '')
			qs[name] = isoDateTime(this, filters[name], label);
		else delete qs[name];
	}
	if (filters.ids !== undefined) {
		const ids = String(filters.ids)
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const fix = 'Give numeric order IDs separated by commas, at most 100.';
		if (!ids.length) delete qs.ids;
		else if (ids.some((id) => !/^\d+$/.test(id)))
			throw invalidField(
				this,
				'Order IDs',
				`must be numeric IDs separated by commas (got ${JSON.stringify(filters.ids)})`,
				fix,
			);
		else if (ids.length > MAX_IDS)
			throw invalidField(
				this,
				'Order IDs',
				`has ${ids.length} IDs; SHOPLINE accepts at most ${MAX_IDS}`,
				fix,
			);
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
export const buildOrderGetQuery = validate(function (requestOptions) {
	requestOptions.qs = { ...requestOptions.qs, ids: numericParam(this, orderId), status: 'any' };
});

export const buildOrderCancelBody = validate(function (requestOptions) {
	numericParam(this, orderId);
	// Our notes document no cancel parameters: an empty JSON object (the content type needs a body).
	requestOptions.body = '{}';
});
