import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/listFields';

// GET /user/favorites answers {items, total} (seed 001); the paginator walks page/limit to `total`.
export const favoriteGetAllDescription: INodeProperties[] = [...returnAllAndLimit({ resource: ['favorite'], operation: ['getAll'] })];
