// Writes this gateway's public address (ip:port) for the gateway container to read as
// PUBLIC_ADDRESS. Redirects (S2C 0x3B) carry one IPv4 and port per gateway, so each gateway
// advertises its own node: the node's ExternalIP when the cloud sets one, else the node's
// address from the downward API (status.hostIP), which is right for nodes with public
// InternalIPs and for the dev overlay. Runs once as an init container with the zonebus image.
import { readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";

const SA = "/var/run/secrets/kubernetes.io/serviceaccount";
const { NODE_NAME, HOST_IP, GAME_PORT = "5000", OUT = "/run/zonebus/public-address" } = process.env;

function nodeObject() {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: process.env.KUBERNETES_SERVICE_HOST,
        port: process.env.KUBERNETES_SERVICE_PORT,
        path: `/api/v1/nodes/${encodeURIComponent(NODE_NAME)}`,
        ca: readFileSync(`${SA}/ca.crt`),
        headers: { authorization: `Bearer ${readFileSync(`${SA}/token`, "utf8").trim()}` },
        timeout: 10_000,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          res.statusCode === 200
            ? resolve(JSON.parse(body))
            : reject(new Error(`node ${NODE_NAME}: HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("API server did not answer in 10 s")));
    req.on("error", reject);
    req.end();
  });
}

let ip = HOST_IP;
try {
  const node = await nodeObject();
  const external = (node.status?.addresses ?? []).find(
    (a) => a.type === "ExternalIP" && /^\d+\.\d+\.\d+\.\d+$/.test(a.address),
  );
  if (external) ip = external.address;
} catch (err) {
  console.error(`node-address: ${err.message}; using status.hostIP ${HOST_IP}`);
}
if (!ip) {
  console.error("node-address: no node address (neither an ExternalIP nor HOST_IP)");
  process.exit(1);
}
writeFileSync(OUT, `${ip}:${GAME_PORT}\n`);
console.log(`node-address: public address ${ip}:${GAME_PORT}`);
