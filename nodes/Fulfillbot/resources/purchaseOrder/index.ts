import { resourceOperations } from '../../../shared/description/operations';
import * as cancel from './cancel';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';
import * as getInspection from './getInspection';
import * as getLogistics from './getLogistics';
import * as getStats from './getStats';
import * as getStatus from './getStatus';

export const purchaseOrderDescription = resourceOperations('purchaseOrder', 'getAll', [
	cancel,
	create,
	get,
	getInspection,
	getLogistics,
	getAll,
	getStats,
	getStatus,
]);
