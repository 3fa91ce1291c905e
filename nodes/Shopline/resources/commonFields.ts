import type { INodeProperties } from 'n8n-workflow';

import { queryText } from '../../shared/description/listFields';

/**
 * The four created/updated date filters of a list or count (orders, products). The dates are checked
 * by the operation's preSend (ISO 8601 with a zone, helpers/checks.ts).
 */
export function dateFilters(records: string): INodeProperties[] {
	return (
		[
			['Created After', 'created_at_min', 'created at or after'],
			['Created Before', 'created_at_max', 'created at or before'],
			['Updated After', 'updated_at_min', 'updated at or after'],
			['Updated Before', 'updated_at_max', 'updated at or before'],
		] as const
	).map(([displayName, name, when]) =>
		queryText(
			displayName,
			name,
			`Only ${records} ${when} this time (ISO 8601 with a time zone)`,
			'2026-03-01T00:00:00+08:00',
		),
	);
}

/** The `fields` option: only these fields of each record, e.g. `fieldsOption('product', 'title,status')`. */
export function fieldsOption(record: string, placeholder: string): INodeProperties {
	return queryText(
		'Fields',
		'fields',
		`Only these ${record} fields, separated by commas (all when empty)`,
		placeholder,
	);
}

/** An optional text field of a record sent in the body (product, variant), under its API name. */
export function textField(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', description };
}
