import { resourceOperations } from '../../../shared/description/operations';
import * as addItem from './addItem';
import * as addMany from './addMany';
import * as clear from './clear';
import * as get from './get';
import * as removeItem from './removeItem';
import * as removeMany from './removeMany';
import * as updateItem from './updateItem';
import * as updateMany from './updateMany';

export const cartDescription = resourceOperations('cart', 'get', [
	addItem,
	addMany,
	clear,
	get,
	removeItem,
	removeMany,
	updateItem,
	updateMany,
]);
