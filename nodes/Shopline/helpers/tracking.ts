import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from '../../shared/input/validation';
import { requiredValue, text } from '../../shared/input/parameters';

// tracking_info_list holds at most 10 entries (docs/api-notes.md#shopline-fulfillment-create: "Maximum size: 10"). The flat
// tracking_company/number/url fields are deprecated since v20250601 and never sent.
export const MAX_TRACKING_ENTRIES = 10;

/** `trackingInfo.entry` rows as tracking_info_list; empty fields are left out. */
export function trackingInfoList(
	context: IExecuteSingleFunctions,
	required: boolean,
): IDataObject[] {
	const list = context.getNodeParameter('trackingInfo.entry', []) as
		| IDataObject[]
		| IDataObject
		| undefined;
	const rows = Array.isArray(list) ? list : list ? [list] : [];
	if (rows.length > MAX_TRACKING_ENTRIES) {
		throw invalidField(
			context,
			'Tracking Info',
			`has ${rows.length} entries; SHOPLINE accepts at most ${MAX_TRACKING_ENTRIES}`,
			`Remove entries until ${MAX_TRACKING_ENTRIES} are left, or split the items into several fulfillments.`,
		);
	}
	if (required && !rows.length) {
		throw invalidField(
			context,
			'Tracking Info',
			'is empty',
			'Add at least one tracking number (with its company and URL if known).',
		);
	}
	return rows.map((row, i) => {
		const entry: IDataObject = {};
		const company = text(row.trackingCompany);
		const number = requiredValue(
			context,
			row.trackingNumber,
			`Tracking Info[${i}].trackingNumber`,
			'Give every tracking entry its tracking number, or remove the entry.',
		);
		const url = text(row.trackingUrl);
		if (company) entry.tracking_company = company;
		entry.tracking_number = number;
		if (url) entry.tracking_url = url;
		return entry;
	});
}
