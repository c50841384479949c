// Worker threads do not inherit the tsx loader that bin/laurel.js registers: register it here, then load
// the TypeScript module the worker was started for.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
