import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './buildPreloadApi';

// Runs sandboxed with context isolation: the page reaches main only through this frozen, contract-derived object.
contextBridge.exposeInMainWorld('samenhang', buildPreloadApi(ipcRenderer));
