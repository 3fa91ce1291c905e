import { resourceOperations } from '../../../shared/operations';
import * as getAll from './getAll';

export const productDescription = resourceOperations('product', 'getAll', [getAll]);
