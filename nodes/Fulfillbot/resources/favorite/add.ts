import type { INodeProperties } from 'n8n-workflow';

import { productIdInBody } from '../product/productId';

// Body inferred: the docs name POST /user/favorites but show no body; a favorite is a product, by
// the `productId` GET /user/favorites returns for each record.
export const favoriteAddDescription: INodeProperties[] = [
	productIdInBody({ resource: ['favorite'], operation: ['add'] }),
];
