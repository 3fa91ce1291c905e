import { resourceOperations } from '../../../shared/description/operations';
import * as calculateFreight from './calculateFreight';
import * as calculateFreightBatch from './calculateFreightBatch';
import * as getChannelPricing from './getChannelPricing';
import * as getCountries from './getCountries';
import * as getShippingMethods from './getShippingMethods';

export const logisticsDescription = resourceOperations('logistics', 'getShippingMethods', [
	calculateFreight,
	calculateFreightBatch,
	getChannelPricing,
	getCountries,
	getShippingMethods,
]);
