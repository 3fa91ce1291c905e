import { getOrderLineItems } from './loadOptions';

/** `methods` of the SHOPLINE node: the order line item picker of Create Fulfillment. */
export const shoplineMethods = {
	loadOptions: { getOrderLineItems },
};
