// Removes the previous run's reports so a stale pass can never be counted for this run.
import fs from 'node:fs';
fs.rmSync('reports', { recursive: true, force: true });
fs.mkdirSync('reports', { recursive: true });
