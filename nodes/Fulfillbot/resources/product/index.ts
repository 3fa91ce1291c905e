import { resourceOperations } from '../../../shared/description/operations';
import * as get from './get';
import * as getTaobaoItem from './getTaobaoItem';
import * as getWeidianItem from './getWeidianItem';
import * as import1688 from './import1688';
import * as search from './search';
import * as search1688 from './search1688';
import * as searchTaobao from './searchTaobao';
import * as searchWeidian from './searchWeidian';

export const productDescription = resourceOperations('product', 'search', [
	get,
	getTaobaoItem,
	getWeidianItem,
	import1688,
	search,
	search1688,
	searchTaobao,
	searchWeidian,
]);
