// Runs sandboxed in the page's isolated world: exposes window.koppelkans and nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createShellApi } from './preload-api';

contextBridge.exposeInMainWorld('koppelkans', createShellApi(ipcRenderer, (file) => webUtils.getPathForFile(file)));
