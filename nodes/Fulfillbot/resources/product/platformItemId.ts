import type { INodeProperties } from 'n8n-workflow';

import { idField } from '../../../shared/description/idField';

/** A Taobao or Weidian item, by the ID in its URL (GET /products/platform/<platform>/:itemId). */
export function platformItemIdField(): INodeProperties {
	return idField(
		'Item ID',
		'itemId',
		'6789012345',
		'The item ID on the platform (the number in the item’s URL)',
	);
}

/** The query of the platform searches (1688, Taobao, Weidian), required. */
export function platformQueryField(): INodeProperties {
	return {
		displayName: 'Search Query',
		name: 'q',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'shoes',
		description: 'Words to look for on the platform',
		routing: { send: { type: 'query', property: 'q' } },
	};
}
