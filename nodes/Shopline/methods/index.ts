import { searchLocations, searchProducts } from './listSearch';
import { getOrderLineItems } from './loadOptions';

/** `methods` of the SHOPLINE node: Create Fulfillment's line items; the product and location lists. */
export const shoplineMethods = {
	loadOptions: { getOrderLineItems },
	listSearch: { searchLocations, searchProducts },
};
