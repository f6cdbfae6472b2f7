// Debian's nginx for the benches, never the system's: a config generated into a temp dir with
// two servers on unprivileged ports, (1) a static root for HTML saved to disk and (2) the
// production config deploy/nginx/portal.conf in front of the app, with its paths and ports
// replaced. Started in the foreground as our child, so stopping it stops only ours.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { precompress } from '../../deploy/nginx/precompress.mjs'
import { root } from '../../scripts/lib.mjs'
import { get } from './portal.mjs'

const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx'
export const nginxAvailable = () => fs.existsSync(NGINX)

function replaceAll(text, pairs) {
  for (const [from, to] of pairs) {
    // The production file changed in a way the bench does not know: fail instead of measuring something else.
    if (!text.includes(from)) throw new Error(`deploy/nginx: "${from}" not found`)
    text = text.split(from).join(to)
  }
  return text
}

/** Starts nginx; resolves to { staticBase, proxyBase, staticRoot, dir, stop }. */
export async function startNginx({ appPort, staticPort = 8081, proxyPort = 8082 }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  const staticRoot = path.join(dir, 'static')
  const cacheDir = path.join(dir, 'cache')
  fs.mkdirSync(staticRoot)
  fs.mkdirSync(cacheDir)
  // The workers run as nobody: they read the static root and write the cache.
  fs.chmodSync(dir, 0o755)
  fs.chmodSync(cacheDir, 0o777)
  const deploy = path.join(root, 'deploy/nginx')
  // As after a deployment's build: gzip_static serves these.
  precompress(path.join(root, 'web/.next/static'))
  const cacheConf = path.join(dir, 'portal-cache.conf')
  fs.copyFileSync(path.join(deploy, 'portal-cache.conf'), cacheConf)
  const portal = replaceAll(fs.readFileSync(path.join(deploy, 'portal.conf'), 'utf8'), [
    ['server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`],
    ['/var/cache/nginx/portal', cacheDir],
    ['/srv/portal/web/.next/static/', `${path.join(root, 'web/.next/static')}/`],
    ['listen 80;', `listen 127.0.0.1:${proxyPort};`],
    ['/etc/nginx/portal-cache.conf', cacheConf],
  ])
  fs.writeFileSync(path.join(dir, 'portal.conf'), portal)
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticRoot};
    default_type text/html;
    location / { try_files $uri $uri/index.html =404; }
  }
  include ${dir}/portal.conf;
}
`,
  )
  const conf = ['-p', dir, '-c', path.join(dir, 'nginx.conf')]
  const test = spawnSync(NGINX, [...conf, '-t'], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`)
  const child = spawn(NGINX, [...conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const staticBase = `http://127.0.0.1:${staticPort}`
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${staticBase}/`)
      break
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', resolve)
    child.kill('SIGQUIT')
  })
  return { staticBase, proxyBase: `http://127.0.0.1:${proxyPort}`, staticRoot, dir, stop }
}

/** Saves the HTML of `pagePath` from `base` where the static server finds it. */
export async function saveStatic(staticRoot, base, pagePath) {
  const html = await (await get(base + pagePath)).text()
  const target = path.join(staticRoot, pagePath.split('?')[0], 'index.html')
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, html)
}
