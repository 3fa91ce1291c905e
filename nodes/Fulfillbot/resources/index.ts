import { resourceSelector, type Resource } from '../../shared/description/resources';
import { addressDescription } from './address';
import { cartDescription } from './cart';
import { couponDescription } from './coupon';
import { favoriteDescription } from './favorite';
import { logisticsDescription } from './logistics';
import { productDescription } from './product';
import { profileDescription } from './profile';
import { purchaseOrderDescription } from './purchaseOrder';
import { shippingOrderDescription } from './shippingOrder';
import { walletDescription } from './wallet';
import { warehousePackageDescription } from './warehousePackage';

/** Resources of the Fulfillbot node, in the order of the API docs' sections. */
const resources: Resource[] = [
	{ name: 'Product', value: 'product', properties: productDescription },
	{ name: 'Cart', value: 'cart', properties: cartDescription },
	{ name: 'Purchase Order', value: 'purchaseOrder', properties: purchaseOrderDescription },
	{ name: 'Logistics', value: 'logistics', properties: logisticsDescription },
	{ name: 'Shipping Order', value: 'shippingOrder', properties: shippingOrderDescription },
	{ name: 'Warehouse Package', value: 'warehousePackage', properties: warehousePackageDescription },
	{ name: 'Profile', value: 'profile', properties: profileDescription },
	{ name: 'Address', value: 'address', properties: addressDescription },
	{ name: 'Wallet', value: 'wallet', properties: walletDescription },
	{ name: 'Favorite', value: 'favorite', properties: favoriteDescription },
	{ name: 'Coupon', value: 'coupon', properties: couponDescription },
];

export const { resourceProperty, resourceProperties } = resourceSelector(resources, 'profile');
