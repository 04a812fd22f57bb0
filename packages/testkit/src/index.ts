export {
  freePort,
  localNatsServerVersion,
  natsServerBinary,
  startNatsCluster,
  startNatsServer,
  type NatsClusterHandle,
  type NatsClusterNode,
  type NatsServerHandle,
  type NatsServerOptions,
} from "./nats-server.js";
export { startNatsFixture, type NatsFixture, type NatsFixtureMode } from "./nats-fixture.js";
export { startServiceProcess, type ServiceProcess, type ServiceProcessOptions } from "./service-process.js";
