import { app } from 'electron';
import { devUrlFrom, startApp } from './app';

startApp({
  argv: process.argv,
  cwd: process.cwd(),
  appDir: __dirname,
  devUrl: devUrlFrom(process.env.SAMENHANG_DEV_URL, app.isPackaged),
});
