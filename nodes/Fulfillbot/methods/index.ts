import { getRecipientShippingChannels } from '../helpers/shippingChannels';
import { getAddresses, getCountries, getCoupons, getShippingChannels } from './loadOptions';

/** `methods` of the Fulfillbot node: the dropdown pickers (countries, channels, addresses, coupons). */
export const fulfillbotMethods = {
	loadOptions: {
		getAddresses,
		getCountries,
		getCoupons,
		getRecipientShippingChannels,
		getShippingChannels,
	},
};
