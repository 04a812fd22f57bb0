import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace zonebus {

    enum PlacementReason {
        PLACEMENT_REASON_NEW = 0,
        PLACEMENT_REASON_DRAIN = 1,
        PLACEMENT_REASON_FAILOVER = 2
    }

    interface IAttachArena extends zonebus.AttachArena.$Properties {
    }

    class AttachArena {
        constructor(p?: zonebus.AttachArena.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        reason: zonebus.PlacementReason;
        players: zonebus.PlayerInfo.$Properties[];
        static create(properties: zonebus.AttachArena.$Shape): zonebus.AttachArena & zonebus.AttachArena.$Shape;
        static create(properties?: zonebus.AttachArena.$Properties): zonebus.AttachArena;
        static encode(m: zonebus.AttachArena.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.AttachArena.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.AttachArena & zonebus.AttachArena.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.AttachArena & zonebus.AttachArena.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.AttachArena;
        static toObject(m: zonebus.AttachArena, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttachArena {
        interface $Properties {
            arena?: (string|null);
            reason?: (zonebus.PlacementReason|null);
            players?: (zonebus.PlayerInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.AttachArena.$Properties;
    }

    interface IAttachReply extends zonebus.AttachReply.$Properties {
    }

    class AttachReply {
        constructor(p?: zonebus.AttachReply.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        owner: string;
        error: string;
        static create(properties: zonebus.AttachReply.$Shape): zonebus.AttachReply & zonebus.AttachReply.$Shape;
        static create(properties?: zonebus.AttachReply.$Properties): zonebus.AttachReply;
        static encode(m: zonebus.AttachReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.AttachReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.AttachReply & zonebus.AttachReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.AttachReply & zonebus.AttachReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.AttachReply;
        static toObject(m: zonebus.AttachReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttachReply {
        interface $Properties {
            ok?: (boolean|null);
            owner?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.AttachReply.$Properties;
    }

    interface IReplicaStatus extends zonebus.ReplicaStatus.$Properties {
    }

    class ReplicaStatus {
        constructor(p?: zonebus.ReplicaStatus.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        arenas: number;
        players: number;
        cpu: number;
        labels: string[];
        draining: boolean;
        static create(properties: zonebus.ReplicaStatus.$Shape): zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape;
        static create(properties?: zonebus.ReplicaStatus.$Properties): zonebus.ReplicaStatus;
        static encode(m: zonebus.ReplicaStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ReplicaStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ReplicaStatus;
        static toObject(m: zonebus.ReplicaStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReplicaStatus {
        interface $Properties {
            id?: (string|null);
            arenas?: (number|null);
            players?: (number|null);
            cpu?: (number|null);
            labels?: (string[]|null);
            draining?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ReplicaStatus.$Properties;
    }

    interface IHandoverRequest extends zonebus.HandoverRequest.$Properties {
    }

    class HandoverRequest {
        constructor(p?: zonebus.HandoverRequest.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        from: string;
        prefer: string;
        static create(properties: zonebus.HandoverRequest.$Shape): zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape;
        static create(properties?: zonebus.HandoverRequest.$Properties): zonebus.HandoverRequest;
        static encode(m: zonebus.HandoverRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.HandoverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.HandoverRequest;
        static toObject(m: zonebus.HandoverRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HandoverRequest {
        interface $Properties {
            arena?: (string|null);
            from?: (string|null);
            prefer?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.HandoverRequest.$Properties;
    }

    interface IHandoverReply extends zonebus.HandoverReply.$Properties {
    }

    class HandoverReply {
        constructor(p?: zonebus.HandoverReply.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        owner: string;
        error: string;
        static create(properties: zonebus.HandoverReply.$Shape): zonebus.HandoverReply & zonebus.HandoverReply.$Shape;
        static create(properties?: zonebus.HandoverReply.$Properties): zonebus.HandoverReply;
        static encode(m: zonebus.HandoverReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.HandoverReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.HandoverReply & zonebus.HandoverReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.HandoverReply & zonebus.HandoverReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.HandoverReply;
        static toObject(m: zonebus.HandoverReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace HandoverReply {
        interface $Properties {
            ok?: (boolean|null);
            owner?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.HandoverReply.$Properties;
    }

    interface IMoveArena extends zonebus.MoveArena.$Properties {
    }

    class MoveArena {
        constructor(p?: zonebus.MoveArena.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        to: string;
        static create(properties: zonebus.MoveArena.$Shape): zonebus.MoveArena & zonebus.MoveArena.$Shape;
        static create(properties?: zonebus.MoveArena.$Properties): zonebus.MoveArena;
        static encode(m: zonebus.MoveArena.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.MoveArena.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.MoveArena & zonebus.MoveArena.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.MoveArena & zonebus.MoveArena.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.MoveArena;
        static toObject(m: zonebus.MoveArena, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MoveArena {
        interface $Properties {
            arena?: (string|null);
            to?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.MoveArena.$Properties;
    }

    interface IMoveReply extends zonebus.MoveReply.$Properties {
    }

    class MoveReply {
        constructor(p?: zonebus.MoveReply.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        owner: string;
        error: string;
        static create(properties: zonebus.MoveReply.$Shape): zonebus.MoveReply & zonebus.MoveReply.$Shape;
        static create(properties?: zonebus.MoveReply.$Properties): zonebus.MoveReply;
        static encode(m: zonebus.MoveReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.MoveReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.MoveReply & zonebus.MoveReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.MoveReply & zonebus.MoveReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.MoveReply;
        static toObject(m: zonebus.MoveReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MoveReply {
        interface $Properties {
            ok?: (boolean|null);
            owner?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.MoveReply.$Properties;
    }

    interface IDrainRequest extends zonebus.DrainRequest.$Properties {
    }

    class DrainRequest {
        constructor(p?: zonebus.DrainRequest.$Properties);
        $unknowns?: Uint8Array[];
        reason: string;
        static create(properties: zonebus.DrainRequest.$Shape): zonebus.DrainRequest & zonebus.DrainRequest.$Shape;
        static create(properties?: zonebus.DrainRequest.$Properties): zonebus.DrainRequest;
        static encode(m: zonebus.DrainRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.DrainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.DrainRequest & zonebus.DrainRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.DrainRequest & zonebus.DrainRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.DrainRequest;
        static toObject(m: zonebus.DrainRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DrainRequest {
        interface $Properties {
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.DrainRequest.$Properties;
    }

    interface IDrainReply extends zonebus.DrainReply.$Properties {
    }

    class DrainReply {
        constructor(p?: zonebus.DrainReply.$Properties);
        $unknowns?: Uint8Array[];
        arenas: number;
        static create(properties: zonebus.DrainReply.$Shape): zonebus.DrainReply & zonebus.DrainReply.$Shape;
        static create(properties?: zonebus.DrainReply.$Properties): zonebus.DrainReply;
        static encode(m: zonebus.DrainReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.DrainReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.DrainReply & zonebus.DrainReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.DrainReply & zonebus.DrainReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.DrainReply;
        static toObject(m: zonebus.DrainReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DrainReply {
        interface $Properties {
            arenas?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.DrainReply.$Properties;
    }

    interface IArenaOwner extends zonebus.ArenaOwner.$Properties {
    }

    class ArenaOwner {
        constructor(p?: zonebus.ArenaOwner.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        owner: string;
        static create(properties: zonebus.ArenaOwner.$Shape): zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape;
        static create(properties?: zonebus.ArenaOwner.$Properties): zonebus.ArenaOwner;
        static encode(m: zonebus.ArenaOwner.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaOwner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaOwner;
        static toObject(m: zonebus.ArenaOwner, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaOwner {
        interface $Properties {
            arena?: (string|null);
            owner?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaOwner.$Properties;
    }

    interface IArenaSnapshot extends zonebus.ArenaSnapshot.$Properties {
    }

    class ArenaSnapshot {
        constructor(p?: zonebus.ArenaSnapshot.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        owner: string;
        final: boolean;
        takenMs: number;
        greenSeed: number;
        doorSeed: number;
        seedTimestamp: number;
        players: zonebus.ArenaPlayerState.$Properties[];
        entering: zonebus.PlayerInfo.$Properties[];
        static create(properties: zonebus.ArenaSnapshot.$Shape): zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape;
        static create(properties?: zonebus.ArenaSnapshot.$Properties): zonebus.ArenaSnapshot;
        static encode(m: zonebus.ArenaSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaSnapshot;
        static toObject(m: zonebus.ArenaSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaSnapshot {
        interface $Properties {
            arena?: (string|null);
            owner?: (string|null);
            final?: (boolean|null);
            takenMs?: (number|null);
            greenSeed?: (number|null);
            doorSeed?: (number|null);
            seedTimestamp?: (number|null);
            players?: (zonebus.ArenaPlayerState.$Properties[]|null);
            entering?: (zonebus.PlayerInfo.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaSnapshot.$Properties;
    }

    interface IArenaPlayerState extends zonebus.ArenaPlayerState.$Properties {
    }

    class ArenaPlayerState {
        constructor(p?: zonebus.ArenaPlayerState.$Properties);
        $unknowns?: Uint8Array[];
        info?: (zonebus.PlayerInfo.$Properties|null);
        ship: number;
        freq: number;
        killPoints: number;
        flagPoints: number;
        kills: number;
        deaths: number;
        bounty: number;
        attachedTo: number;
        x: number;
        y: number;
        lastPositionTime: number;
        spectating: number;
        static create(properties: zonebus.ArenaPlayerState.$Shape): zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape;
        static create(properties?: zonebus.ArenaPlayerState.$Properties): zonebus.ArenaPlayerState;
        static encode(m: zonebus.ArenaPlayerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaPlayerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaPlayerState;
        static toObject(m: zonebus.ArenaPlayerState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaPlayerState {
        interface $Properties {
            info?: (zonebus.PlayerInfo.$Properties|null);
            ship?: (number|null);
            freq?: (number|null);
            killPoints?: (number|null);
            flagPoints?: (number|null);
            kills?: (number|null);
            deaths?: (number|null);
            bounty?: (number|null);
            attachedTo?: (number|null);
            x?: (number|null);
            y?: (number|null);
            lastPositionTime?: (number|null);
            spectating?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaPlayerState.$Properties;
    }

    interface IArenaLease extends zonebus.ArenaLease.$Properties {
    }

    class ArenaLease {
        constructor(p?: zonebus.ArenaLease.$Properties);
        $unknowns?: Uint8Array[];
        arena: string;
        owner: string;
        static create(properties: zonebus.ArenaLease.$Shape): zonebus.ArenaLease & zonebus.ArenaLease.$Shape;
        static create(properties?: zonebus.ArenaLease.$Properties): zonebus.ArenaLease;
        static encode(m: zonebus.ArenaLease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaLease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaLease & zonebus.ArenaLease.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaLease & zonebus.ArenaLease.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaLease;
        static toObject(m: zonebus.ArenaLease, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaLease {
        interface $Properties {
            arena?: (string|null);
            owner?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaLease.$Properties;
    }

    interface IArenaInput extends zonebus.ArenaInput.$Properties {
    }

    class ArenaInput {
        constructor(p?: zonebus.ArenaInput.$Properties);
        $unknowns?: Uint8Array[];
        enter?: (zonebus.PlayerInfo.$Properties|null);
        leavePid?: (number|null);
        packet?: (zonebus.ClientPacket.$Properties|null);
        chat?: (zonebus.ArenaChat.$Properties|null);
        scoreReset?: (boolean|null);
        kind?: ("enter"|"leavePid"|"packet"|"chat"|"scoreReset");
        static create(properties: zonebus.ArenaInput.$Shape): zonebus.ArenaInput & zonebus.ArenaInput.$Shape;
        static create(properties?: zonebus.ArenaInput.$Properties): zonebus.ArenaInput;
        static encode(m: zonebus.ArenaInput.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaInput & zonebus.ArenaInput.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaInput & zonebus.ArenaInput.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaInput;
        static toObject(m: zonebus.ArenaInput, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaInput {
        interface $Properties {
            enter?: (zonebus.PlayerInfo.$Properties|null);
            leavePid?: (number|null);
            packet?: (zonebus.ClientPacket.$Properties|null);
            chat?: (zonebus.ArenaChat.$Properties|null);
            scoreReset?: (boolean|null);
            kind?: ("enter"|"leavePid"|"packet"|"chat"|"scoreReset");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          enter?: zonebus.PlayerInfo.$Shape|null;
          leavePid?: number|null;
          packet?: zonebus.ClientPacket.$Shape|null;
          chat?: zonebus.ArenaChat.$Shape|null;
          scoreReset?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; enter?: null; leavePid?: null; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "enter"; enter: zonebus.PlayerInfo.$Shape; leavePid?: null; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "leavePid"; enter?: null; leavePid: number; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "packet"; enter?: null; leavePid?: null; packet: zonebus.ClientPacket.$Shape; chat?: null; scoreReset?: null }|{ kind?: "chat"; enter?: null; leavePid?: null; packet?: null; chat: zonebus.ArenaChat.$Shape; scoreReset?: null }|{ kind?: "scoreReset"; enter?: null; leavePid?: null; packet?: null; chat?: null; scoreReset: boolean })
        );
    }

    interface IArenaInputBatch extends zonebus.ArenaInputBatch.$Properties {
    }

    class ArenaInputBatch {
        constructor(p?: zonebus.ArenaInputBatch.$Properties);
        $unknowns?: Uint8Array[];
        inputs: zonebus.ArenaInput.$Properties[];
        static create(properties: zonebus.ArenaInputBatch.$Shape): zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape;
        static create(properties?: zonebus.ArenaInputBatch.$Properties): zonebus.ArenaInputBatch;
        static encode(m: zonebus.ArenaInputBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaInputBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaInputBatch;
        static toObject(m: zonebus.ArenaInputBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaInputBatch {
        interface $Properties {
            inputs?: (zonebus.ArenaInput.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          inputs?: zonebus.ArenaInput.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface IClientPacket extends zonebus.ClientPacket.$Properties {
    }

    class ClientPacket {
        constructor(p?: zonebus.ClientPacket.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        data: Uint8Array;
        gatewayTicks: number;
        static create(properties: zonebus.ClientPacket.$Shape): zonebus.ClientPacket & zonebus.ClientPacket.$Shape;
        static create(properties?: zonebus.ClientPacket.$Properties): zonebus.ClientPacket;
        static encode(m: zonebus.ClientPacket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ClientPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ClientPacket & zonebus.ClientPacket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ClientPacket & zonebus.ClientPacket.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ClientPacket;
        static toObject(m: zonebus.ClientPacket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientPacket {
        interface $Properties {
            pid?: (number|null);
            data?: (Uint8Array|null);
            gatewayTicks?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ClientPacket.$Properties;
    }

    interface IArenaChat extends zonebus.ArenaChat.$Properties {
    }

    class ArenaChat {
        constructor(p?: zonebus.ArenaChat.$Properties);
        $unknowns?: Uint8Array[];
        targetPid: number;
        packet: Uint8Array;
        static create(properties: zonebus.ArenaChat.$Shape): zonebus.ArenaChat & zonebus.ArenaChat.$Shape;
        static create(properties?: zonebus.ArenaChat.$Properties): zonebus.ArenaChat;
        static encode(m: zonebus.ArenaChat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaChat & zonebus.ArenaChat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaChat & zonebus.ArenaChat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaChat;
        static toObject(m: zonebus.ArenaChat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaChat {
        interface $Properties {
            targetPid?: (number|null);
            packet?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaChat.$Properties;
    }

    interface IArenaScore extends zonebus.ArenaScore.$Properties {
    }

    class ArenaScore {
        constructor(p?: zonebus.ArenaScore.$Properties);
        $unknowns?: Uint8Array[];
        killPoints: number;
        flagPoints: number;
        kills: number;
        deaths: number;
        static create(properties: zonebus.ArenaScore.$Shape): zonebus.ArenaScore & zonebus.ArenaScore.$Shape;
        static create(properties?: zonebus.ArenaScore.$Properties): zonebus.ArenaScore;
        static encode(m: zonebus.ArenaScore.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaScore & zonebus.ArenaScore.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaScore & zonebus.ArenaScore.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaScore;
        static toObject(m: zonebus.ArenaScore, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaScore {
        interface $Properties {
            killPoints?: (number|null);
            flagPoints?: (number|null);
            kills?: (number|null);
            deaths?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaScore.$Properties;
    }

    enum ClientKind {
        CLIENT_KIND_UNSPECIFIED = 0,
        CLIENT_KIND_VIE = 1,
        CLIENT_KIND_CONTINUUM = 2
    }

    interface IPlayerAddress extends zonebus.PlayerAddress.$Properties {
    }

    class PlayerAddress {
        constructor(p?: zonebus.PlayerAddress.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        gateway: string;
        static create(properties: zonebus.PlayerAddress.$Shape): zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape;
        static create(properties?: zonebus.PlayerAddress.$Properties): zonebus.PlayerAddress;
        static encode(m: zonebus.PlayerAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.PlayerAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.PlayerAddress;
        static toObject(m: zonebus.PlayerAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerAddress {
        interface $Properties {
            pid?: (number|null);
            gateway?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.PlayerAddress.$Properties;
    }

    interface IPlayerInfo extends zonebus.PlayerInfo.$Properties {
    }

    class PlayerInfo {
        constructor(p?: zonebus.PlayerInfo.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        name: string;
        squad: string;
        gateway: string;
        clientKind: zonebus.ClientKind;
        featureBits: number;
        xres: number;
        yres: number;
        audio: number;
        requestedShip: number;
        optionalGraphics: boolean;
        clientIp: string;
        banner: Uint8Array;
        static create(properties: zonebus.PlayerInfo.$Shape): zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape;
        static create(properties?: zonebus.PlayerInfo.$Properties): zonebus.PlayerInfo;
        static encode(m: zonebus.PlayerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.PlayerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.PlayerInfo;
        static toObject(m: zonebus.PlayerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerInfo {
        interface $Properties {
            pid?: (number|null);
            name?: (string|null);
            squad?: (string|null);
            gateway?: (string|null);
            clientKind?: (zonebus.ClientKind|null);
            featureBits?: (number|null);
            xres?: (number|null);
            yres?: (number|null);
            audio?: (number|null);
            requestedShip?: (number|null);
            optionalGraphics?: (boolean|null);
            clientIp?: (string|null);
            banner?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.PlayerInfo.$Properties;
    }

    interface IBillerLoginRequest extends zonebus.BillerLoginRequest.$Properties {
    }

    class BillerLoginRequest {
        constructor(p?: zonebus.BillerLoginRequest.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        name: string;
        password: string;
        createNew: boolean;
        ip: string;
        machineId: number;
        timezoneBias: number;
        clientVersion: number;
        contId: Uint8Array;
        static create(properties: zonebus.BillerLoginRequest.$Shape): zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape;
        static create(properties?: zonebus.BillerLoginRequest.$Properties): zonebus.BillerLoginRequest;
        static encode(m: zonebus.BillerLoginRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerLoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerLoginRequest;
        static toObject(m: zonebus.BillerLoginRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerLoginRequest {
        interface $Properties {
            pid?: (number|null);
            name?: (string|null);
            password?: (string|null);
            createNew?: (boolean|null);
            ip?: (string|null);
            machineId?: (number|null);
            timezoneBias?: (number|null);
            clientVersion?: (number|null);
            contId?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerLoginRequest.$Properties;
    }

    enum BillerLoginOutcome {
        BILLER_LOGIN_UNAVAILABLE = 0,
        BILLER_LOGIN_OK = 1,
        BILLER_LOGIN_REFUSED = 2
    }

    interface IBillerLoginReply extends zonebus.BillerLoginReply.$Properties {
    }

    class BillerLoginReply {
        constructor(p?: zonebus.BillerLoginReply.$Properties);
        $unknowns?: Uint8Array[];
        outcome: zonebus.BillerLoginOutcome;
        code: number;
        text: string;
        name: string;
        squad: string;
        userId: number;
        banner: Uint8Array;
        wantRegistration: boolean;
        usageSeconds: number;
        firstUsed: string;
        protocol: string;
        static create(properties: zonebus.BillerLoginReply.$Shape): zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape;
        static create(properties?: zonebus.BillerLoginReply.$Properties): zonebus.BillerLoginReply;
        static encode(m: zonebus.BillerLoginReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerLoginReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerLoginReply;
        static toObject(m: zonebus.BillerLoginReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerLoginReply {
        interface $Properties {
            outcome?: (zonebus.BillerLoginOutcome|null);
            code?: (number|null);
            text?: (string|null);
            name?: (string|null);
            squad?: (string|null);
            userId?: (number|null);
            banner?: (Uint8Array|null);
            wantRegistration?: (boolean|null);
            usageSeconds?: (number|null);
            firstUsed?: (string|null);
            protocol?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerLoginReply.$Properties;
    }

    interface IBillerScoreRecord extends zonebus.BillerScoreRecord.$Properties {
    }

    class BillerScoreRecord {
        constructor(p?: zonebus.BillerScoreRecord.$Properties);
        $unknowns?: Uint8Array[];
        kills: number;
        deaths: number;
        flags: number;
        killPoints: number;
        flagPoints: number;
        static create(properties: zonebus.BillerScoreRecord.$Shape): zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape;
        static create(properties?: zonebus.BillerScoreRecord.$Properties): zonebus.BillerScoreRecord;
        static encode(m: zonebus.BillerScoreRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerScoreRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerScoreRecord;
        static toObject(m: zonebus.BillerScoreRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerScoreRecord {
        interface $Properties {
            kills?: (number|null);
            deaths?: (number|null);
            flags?: (number|null);
            killPoints?: (number|null);
            flagPoints?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerScoreRecord.$Properties;
    }

    interface IBillerEvent extends zonebus.BillerEvent.$Properties {
    }

    class BillerEvent {
        constructor(p?: zonebus.BillerEvent.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        enterArena?: (boolean|null);
        channel?: (zonebus.BillerChannelChat.$Properties|null);
        remote?: (zonebus.BillerRemoteChat.$Properties|null);
        squad?: (zonebus.BillerRemoteChat.$Properties|null);
        banner?: (Uint8Array|null);
        registration?: (Uint8Array|null);
        command?: (zonebus.BillerCommand.$Properties|null);
        leaveQueued?: (boolean|null);
        event?: ("enterArena"|"channel"|"remote"|"squad"|"banner"|"registration"|"command"|"leaveQueued");
        static create(properties: zonebus.BillerEvent.$Shape): zonebus.BillerEvent & zonebus.BillerEvent.$Shape;
        static create(properties?: zonebus.BillerEvent.$Properties): zonebus.BillerEvent;
        static encode(m: zonebus.BillerEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerEvent & zonebus.BillerEvent.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerEvent & zonebus.BillerEvent.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerEvent;
        static toObject(m: zonebus.BillerEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerEvent {
        interface $Properties {
            pid?: (number|null);
            enterArena?: (boolean|null);
            channel?: (zonebus.BillerChannelChat.$Properties|null);
            remote?: (zonebus.BillerRemoteChat.$Properties|null);
            squad?: (zonebus.BillerRemoteChat.$Properties|null);
            banner?: (Uint8Array|null);
            registration?: (Uint8Array|null);
            command?: (zonebus.BillerCommand.$Properties|null);
            leaveQueued?: (boolean|null);
            event?: ("enterArena"|"channel"|"remote"|"squad"|"banner"|"registration"|"command"|"leaveQueued");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          pid?: number|null;
          enterArena?: boolean|null;
          channel?: zonebus.BillerChannelChat.$Shape|null;
          remote?: zonebus.BillerRemoteChat.$Shape|null;
          squad?: zonebus.BillerRemoteChat.$Shape|null;
          banner?: Uint8Array|null;
          registration?: Uint8Array|null;
          command?: zonebus.BillerCommand.$Shape|null;
          leaveQueued?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ event?: undefined; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "enterArena"; enterArena: boolean; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "channel"; enterArena?: null; channel: zonebus.BillerChannelChat.$Shape; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "remote"; enterArena?: null; channel?: null; remote: zonebus.BillerRemoteChat.$Shape; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "squad"; enterArena?: null; channel?: null; remote?: null; squad: zonebus.BillerRemoteChat.$Shape; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "banner"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner: Uint8Array; registration?: null; command?: null; leaveQueued?: null }|{ event?: "registration"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration: Uint8Array; command?: null; leaveQueued?: null }|{ event?: "command"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command: zonebus.BillerCommand.$Shape; leaveQueued?: null }|{ event?: "leaveQueued"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued: boolean })
        );
    }

    interface IBillerChannelChat extends zonebus.BillerChannelChat.$Properties {
    }

    class BillerChannelChat {
        constructor(p?: zonebus.BillerChannelChat.$Properties);
        $unknowns?: Uint8Array[];
        channel: string;
        sound: number;
        text: string;
        static create(properties: zonebus.BillerChannelChat.$Shape): zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape;
        static create(properties?: zonebus.BillerChannelChat.$Properties): zonebus.BillerChannelChat;
        static encode(m: zonebus.BillerChannelChat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerChannelChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerChannelChat;
        static toObject(m: zonebus.BillerChannelChat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerChannelChat {
        interface $Properties {
            channel?: (string|null);
            sound?: (number|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerChannelChat.$Properties;
    }

    interface IBillerRemoteChat extends zonebus.BillerRemoteChat.$Properties {
    }

    class BillerRemoteChat {
        constructor(p?: zonebus.BillerRemoteChat.$Properties);
        $unknowns?: Uint8Array[];
        sender: string;
        target: string;
        sound: number;
        text: string;
        static create(properties: zonebus.BillerRemoteChat.$Shape): zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape;
        static create(properties?: zonebus.BillerRemoteChat.$Properties): zonebus.BillerRemoteChat;
        static encode(m: zonebus.BillerRemoteChat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerRemoteChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerRemoteChat;
        static toObject(m: zonebus.BillerRemoteChat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerRemoteChat {
        interface $Properties {
            sender?: (string|null);
            target?: (string|null);
            sound?: (number|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerRemoteChat.$Properties;
    }

    interface IBillerCommand extends zonebus.BillerCommand.$Properties {
    }

    class BillerCommand {
        constructor(p?: zonebus.BillerCommand.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        args: string;
        staff: boolean;
        static create(properties: zonebus.BillerCommand.$Shape): zonebus.BillerCommand & zonebus.BillerCommand.$Shape;
        static create(properties?: zonebus.BillerCommand.$Properties): zonebus.BillerCommand;
        static encode(m: zonebus.BillerCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerCommand & zonebus.BillerCommand.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerCommand & zonebus.BillerCommand.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerCommand;
        static toObject(m: zonebus.BillerCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerCommand {
        interface $Properties {
            name?: (string|null);
            args?: (string|null);
            staff?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerCommand.$Properties;
    }

    interface IBillerQueuedLeave extends zonebus.BillerQueuedLeave.$Properties {
    }

    class BillerQueuedLeave {
        constructor(p?: zonebus.BillerQueuedLeave.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        name: string;
        arena: string;
        static create(properties: zonebus.BillerQueuedLeave.$Shape): zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape;
        static create(properties?: zonebus.BillerQueuedLeave.$Properties): zonebus.BillerQueuedLeave;
        static encode(m: zonebus.BillerQueuedLeave.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerQueuedLeave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerQueuedLeave;
        static toObject(m: zonebus.BillerQueuedLeave, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerQueuedLeave {
        interface $Properties {
            pid?: (number|null);
            name?: (string|null);
            arena?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerQueuedLeave.$Properties;
    }

    interface IBillerNoticeMessage extends zonebus.BillerNoticeMessage.$Properties {
    }

    class BillerNoticeMessage {
        constructor(p?: zonebus.BillerNoticeMessage.$Properties);
        $unknowns?: Uint8Array[];
        kick?: (zonebus.BillerKick.$Properties|null);
        banner?: (zonebus.BillerPlayerBanner.$Properties|null);
        chat?: (zonebus.BillerChat.$Properties|null);
        scoreReset?: (string|null);
        packet?: (zonebus.BillerPlayerPacket.$Properties|null);
        link?: (zonebus.BillerLinkState.$Properties|null);
        notice?: ("kick"|"banner"|"chat"|"scoreReset"|"packet"|"link");
        static create(properties: zonebus.BillerNoticeMessage.$Shape): zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape;
        static create(properties?: zonebus.BillerNoticeMessage.$Properties): zonebus.BillerNoticeMessage;
        static encode(m: zonebus.BillerNoticeMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerNoticeMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerNoticeMessage;
        static toObject(m: zonebus.BillerNoticeMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerNoticeMessage {
        interface $Properties {
            kick?: (zonebus.BillerKick.$Properties|null);
            banner?: (zonebus.BillerPlayerBanner.$Properties|null);
            chat?: (zonebus.BillerChat.$Properties|null);
            scoreReset?: (string|null);
            packet?: (zonebus.BillerPlayerPacket.$Properties|null);
            link?: (zonebus.BillerLinkState.$Properties|null);
            notice?: ("kick"|"banner"|"chat"|"scoreReset"|"packet"|"link");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          kick?: zonebus.BillerKick.$Shape|null;
          banner?: zonebus.BillerPlayerBanner.$Shape|null;
          chat?: zonebus.BillerChat.$Shape|null;
          scoreReset?: string|null;
          packet?: zonebus.BillerPlayerPacket.$Shape|null;
          link?: zonebus.BillerLinkState.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ notice?: undefined; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "kick"; kick: zonebus.BillerKick.$Shape; banner?: null; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "banner"; kick?: null; banner: zonebus.BillerPlayerBanner.$Shape; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "chat"; kick?: null; banner?: null; chat: zonebus.BillerChat.$Shape; scoreReset?: null; packet?: null; link?: null }|{ notice?: "scoreReset"; kick?: null; banner?: null; chat?: null; scoreReset: string; packet?: null; link?: null }|{ notice?: "packet"; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet: zonebus.BillerPlayerPacket.$Shape; link?: null }|{ notice?: "link"; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet?: null; link: zonebus.BillerLinkState.$Shape })
        );
    }

    interface IBillerKick extends zonebus.BillerKick.$Properties {
    }

    class BillerKick {
        constructor(p?: zonebus.BillerKick.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        reason: string;
        static create(properties: zonebus.BillerKick.$Shape): zonebus.BillerKick & zonebus.BillerKick.$Shape;
        static create(properties?: zonebus.BillerKick.$Properties): zonebus.BillerKick;
        static encode(m: zonebus.BillerKick.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerKick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerKick & zonebus.BillerKick.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerKick & zonebus.BillerKick.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerKick;
        static toObject(m: zonebus.BillerKick, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerKick {
        interface $Properties {
            pid?: (number|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerKick.$Properties;
    }

    interface IBillerPlayerBanner extends zonebus.BillerPlayerBanner.$Properties {
    }

    class BillerPlayerBanner {
        constructor(p?: zonebus.BillerPlayerBanner.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        banner: Uint8Array;
        static create(properties: zonebus.BillerPlayerBanner.$Shape): zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape;
        static create(properties?: zonebus.BillerPlayerBanner.$Properties): zonebus.BillerPlayerBanner;
        static encode(m: zonebus.BillerPlayerBanner.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerPlayerBanner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerPlayerBanner;
        static toObject(m: zonebus.BillerPlayerBanner, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerPlayerBanner {
        interface $Properties {
            pid?: (number|null);
            banner?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerPlayerBanner.$Properties;
    }

    enum BillerChatKind {
        BILLER_CHAT_CHANNEL = 0,
        BILLER_CHAT_REMOTE = 1,
        BILLER_CHAT_SQUAD = 2,
        BILLER_CHAT_NAMED = 3,
        BILLER_CHAT_MESSAGE = 4,
        BILLER_CHAT_STAFF = 5,
        BILLER_CHAT_BROADCAST = 6
    }

    interface IBillerChat extends zonebus.BillerChat.$Properties {
    }

    class BillerChat {
        constructor(p?: zonebus.BillerChat.$Properties);
        $unknowns?: Uint8Array[];
        kind: zonebus.BillerChatKind;
        pid: number;
        squad: string;
        name: string;
        sender: string;
        sound: number;
        text: string;
        static create(properties: zonebus.BillerChat.$Shape): zonebus.BillerChat & zonebus.BillerChat.$Shape;
        static create(properties?: zonebus.BillerChat.$Properties): zonebus.BillerChat;
        static encode(m: zonebus.BillerChat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerChat & zonebus.BillerChat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerChat & zonebus.BillerChat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerChat;
        static toObject(m: zonebus.BillerChat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerChat {
        interface $Properties {
            kind?: (zonebus.BillerChatKind|null);
            pid?: (number|null);
            squad?: (string|null);
            name?: (string|null);
            sender?: (string|null);
            sound?: (number|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerChat.$Properties;
    }

    interface IBillerPlayerPacket extends zonebus.BillerPlayerPacket.$Properties {
    }

    class BillerPlayerPacket {
        constructor(p?: zonebus.BillerPlayerPacket.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        data: Uint8Array;
        static create(properties: zonebus.BillerPlayerPacket.$Shape): zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape;
        static create(properties?: zonebus.BillerPlayerPacket.$Properties): zonebus.BillerPlayerPacket;
        static encode(m: zonebus.BillerPlayerPacket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerPlayerPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerPlayerPacket;
        static toObject(m: zonebus.BillerPlayerPacket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerPlayerPacket {
        interface $Properties {
            pid?: (number|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerPlayerPacket.$Properties;
    }

    interface IBillerLinkState extends zonebus.BillerLinkState.$Properties {
    }

    class BillerLinkState {
        constructor(p?: zonebus.BillerLinkState.$Properties);
        $unknowns?: Uint8Array[];
        up: boolean;
        reason: string;
        static create(properties: zonebus.BillerLinkState.$Shape): zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape;
        static create(properties?: zonebus.BillerLinkState.$Properties): zonebus.BillerLinkState;
        static encode(m: zonebus.BillerLinkState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerLinkState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerLinkState;
        static toObject(m: zonebus.BillerLinkState, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerLinkState {
        interface $Properties {
            up?: (boolean|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerLinkState.$Properties;
    }

    interface IBillerCachedLogin extends zonebus.BillerCachedLogin.$Properties {
    }

    class BillerCachedLogin {
        constructor(p?: zonebus.BillerCachedLogin.$Properties);
        $unknowns?: Uint8Array[];
        name: string;
        hash: string;
        squad: string;
        userId: number;
        static create(properties: zonebus.BillerCachedLogin.$Shape): zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape;
        static create(properties?: zonebus.BillerCachedLogin.$Properties): zonebus.BillerCachedLogin;
        static encode(m: zonebus.BillerCachedLogin.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.BillerCachedLogin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.BillerCachedLogin;
        static toObject(m: zonebus.BillerCachedLogin, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace BillerCachedLogin {
        interface $Properties {
            name?: (string|null);
            hash?: (string|null);
            squad?: (string|null);
            userId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.BillerCachedLogin.$Properties;
    }

    interface IDelivery extends zonebus.Delivery.$Properties {
    }

    class Delivery {
        constructor(p?: zonebus.Delivery.$Properties);
        $unknowns?: Uint8Array[];
        pids: number[];
        packet: Uint8Array;
        reliable: boolean;
        priority: number;
        stream: boolean;
        transfer: number;
        offset: number;
        total: number;
        static create(properties: zonebus.Delivery.$Shape): zonebus.Delivery & zonebus.Delivery.$Shape;
        static create(properties?: zonebus.Delivery.$Properties): zonebus.Delivery;
        static encode(m: zonebus.Delivery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.Delivery & zonebus.Delivery.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.Delivery & zonebus.Delivery.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.Delivery;
        static toObject(m: zonebus.Delivery, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Delivery {
        interface $Properties {
            pids?: (number[]|null);
            packet?: (Uint8Array|null);
            reliable?: (boolean|null);
            priority?: (number|null);
            stream?: (boolean|null);
            transfer?: (number|null);
            offset?: (number|null);
            total?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.Delivery.$Properties;
    }

    interface IDeliveryBatch extends zonebus.DeliveryBatch.$Properties {
    }

    class DeliveryBatch {
        constructor(p?: zonebus.DeliveryBatch.$Properties);
        $unknowns?: Uint8Array[];
        deliveries: zonebus.Delivery.$Properties[];
        static create(properties: zonebus.DeliveryBatch.$Shape): zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape;
        static create(properties?: zonebus.DeliveryBatch.$Properties): zonebus.DeliveryBatch;
        static encode(m: zonebus.DeliveryBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.DeliveryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.DeliveryBatch;
        static toObject(m: zonebus.DeliveryBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeliveryBatch {
        interface $Properties {
            deliveries?: (zonebus.Delivery.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.DeliveryBatch.$Properties;
    }

    interface IConnectionControl extends zonebus.ConnectionControl.$Properties {
    }

    class ConnectionControl {
        constructor(p?: zonebus.ConnectionControl.$Properties);
        $unknowns?: Uint8Array[];
        pid: number;
        arena?: (string|null);
        kickReason?: (string|null);
        drain?: (boolean|null);
        kickNotice: string;
        action?: ("arena"|"kickReason"|"drain");
        static create(properties: zonebus.ConnectionControl.$Shape): zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape;
        static create(properties?: zonebus.ConnectionControl.$Properties): zonebus.ConnectionControl;
        static encode(m: zonebus.ConnectionControl.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ConnectionControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ConnectionControl;
        static toObject(m: zonebus.ConnectionControl, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConnectionControl {
        interface $Properties {
            pid?: (number|null);
            arena?: (string|null);
            kickReason?: (string|null);
            drain?: (boolean|null);
            kickNotice?: (string|null);
            action?: ("arena"|"kickReason"|"drain");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          pid?: number|null;
          arena?: string|null;
          kickReason?: string|null;
          drain?: boolean|null;
          kickNotice?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ action?: undefined; arena?: null; kickReason?: null; drain?: null }|{ action?: "arena"; arena: string; kickReason?: null; drain?: null }|{ action?: "kickReason"; arena?: null; kickReason: string; drain?: null }|{ action?: "drain"; arena?: null; kickReason?: null; drain: boolean })
        );
    }

    interface IGatewayRoster extends zonebus.GatewayRoster.$Properties {
    }

    class GatewayRoster {
        constructor(p?: zonebus.GatewayRoster.$Properties);
        $unknowns?: Uint8Array[];
        pids: number[];
        static create(properties: zonebus.GatewayRoster.$Shape): zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape;
        static create(properties?: zonebus.GatewayRoster.$Properties): zonebus.GatewayRoster;
        static encode(m: zonebus.GatewayRoster.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.GatewayRoster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.GatewayRoster;
        static toObject(m: zonebus.GatewayRoster, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GatewayRoster {
        interface $Properties {
            pids?: (number[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.GatewayRoster.$Properties;
    }

    interface ILoginRequest extends zonebus.LoginRequest.$Properties {
    }

    class LoginRequest {
        constructor(p?: zonebus.LoginRequest.$Properties);
        $unknowns?: Uint8Array[];
        gateway: string;
        connId: number;
        clientKind: zonebus.ClientKind;
        name: string;
        password: Uint8Array;
        createNew: boolean;
        machineId: number;
        clientVersion: number;
        featureBits: number;
        loginId: number;
        clientIp: string;
        clientPort: number;
        timezoneBias: number;
        contId: Uint8Array;
        static create(properties: zonebus.LoginRequest.$Shape): zonebus.LoginRequest & zonebus.LoginRequest.$Shape;
        static create(properties?: zonebus.LoginRequest.$Properties): zonebus.LoginRequest;
        static encode(m: zonebus.LoginRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.LoginRequest & zonebus.LoginRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.LoginRequest & zonebus.LoginRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.LoginRequest;
        static toObject(m: zonebus.LoginRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LoginRequest {
        interface $Properties {
            gateway?: (string|null);
            connId?: (number|null);
            clientKind?: (zonebus.ClientKind|null);
            name?: (string|null);
            password?: (Uint8Array|null);
            createNew?: (boolean|null);
            machineId?: (number|null);
            clientVersion?: (number|null);
            featureBits?: (number|null);
            loginId?: (number|null);
            clientIp?: (string|null);
            clientPort?: (number|null);
            timezoneBias?: (number|null);
            contId?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.LoginRequest.$Properties;
    }

    interface ILoginReply extends zonebus.LoginReply.$Properties {
    }

    class LoginReply {
        constructor(p?: zonebus.LoginReply.$Properties);
        $unknowns?: Uint8Array[];
        code: number;
        pid: number;
        name: string;
        squad: string;
        newsChecksum: number;
        customText: string;
        serverVersion: number;
        wantRegistration: boolean;
        static create(properties: zonebus.LoginReply.$Shape): zonebus.LoginReply & zonebus.LoginReply.$Shape;
        static create(properties?: zonebus.LoginReply.$Properties): zonebus.LoginReply;
        static encode(m: zonebus.LoginReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.LoginReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.LoginReply & zonebus.LoginReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.LoginReply & zonebus.LoginReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.LoginReply;
        static toObject(m: zonebus.LoginReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LoginReply {
        interface $Properties {
            code?: (number|null);
            pid?: (number|null);
            name?: (string|null);
            squad?: (string|null);
            newsChecksum?: (number|null);
            customText?: (string|null);
            serverVersion?: (number|null);
            wantRegistration?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.LoginReply.$Properties;
    }

    interface IEnterRequest extends zonebus.EnterRequest.$Properties {
    }

    class EnterRequest {
        constructor(p?: zonebus.EnterRequest.$Properties);
        $unknowns?: Uint8Array[];
        player?: (zonebus.PlayerAddress.$Properties|null);
        arenaType: number;
        arenaName: string;
        ship: number;
        xres: number;
        yres: number;
        audio: number;
        optionalGraphics: boolean;
        static create(properties: zonebus.EnterRequest.$Shape): zonebus.EnterRequest & zonebus.EnterRequest.$Shape;
        static create(properties?: zonebus.EnterRequest.$Properties): zonebus.EnterRequest;
        static encode(m: zonebus.EnterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.EnterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.EnterRequest & zonebus.EnterRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.EnterRequest & zonebus.EnterRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.EnterRequest;
        static toObject(m: zonebus.EnterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EnterRequest {
        interface $Properties {
            player?: (zonebus.PlayerAddress.$Properties|null);
            arenaType?: (number|null);
            arenaName?: (string|null);
            ship?: (number|null);
            xres?: (number|null);
            yres?: (number|null);
            audio?: (number|null);
            optionalGraphics?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.EnterRequest.$Properties;
    }

    interface IEnterReply extends zonebus.EnterReply.$Properties {
    }

    class EnterReply {
        constructor(p?: zonebus.EnterReply.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        arena: string;
        error: string;
        player?: (zonebus.PlayerInfo.$Properties|null);
        redirected: boolean;
        static create(properties: zonebus.EnterReply.$Shape): zonebus.EnterReply & zonebus.EnterReply.$Shape;
        static create(properties?: zonebus.EnterReply.$Properties): zonebus.EnterReply;
        static encode(m: zonebus.EnterReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.EnterReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.EnterReply & zonebus.EnterReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.EnterReply & zonebus.EnterReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.EnterReply;
        static toObject(m: zonebus.EnterReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EnterReply {
        interface $Properties {
            ok?: (boolean|null);
            arena?: (string|null);
            error?: (string|null);
            player?: (zonebus.PlayerInfo.$Properties|null);
            redirected?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.EnterReply.$Properties;
    }

    interface IPlayerLeft extends zonebus.PlayerLeft.$Properties {
    }

    class PlayerLeft {
        constructor(p?: zonebus.PlayerLeft.$Properties);
        $unknowns?: Uint8Array[];
        player?: (zonebus.PlayerAddress.$Properties|null);
        reason: string;
        static create(properties: zonebus.PlayerLeft.$Shape): zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape;
        static create(properties?: zonebus.PlayerLeft.$Properties): zonebus.PlayerLeft;
        static encode(m: zonebus.PlayerLeft.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.PlayerLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.PlayerLeft;
        static toObject(m: zonebus.PlayerLeft, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerLeft {
        interface $Properties {
            player?: (zonebus.PlayerAddress.$Properties|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.PlayerLeft.$Properties;
    }

    interface IArenaLeft extends zonebus.ArenaLeft.$Properties {
    }

    class ArenaLeft {
        constructor(p?: zonebus.ArenaLeft.$Properties);
        $unknowns?: Uint8Array[];
        player?: (zonebus.PlayerAddress.$Properties|null);
        arena: string;
        static create(properties: zonebus.ArenaLeft.$Shape): zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape;
        static create(properties?: zonebus.ArenaLeft.$Properties): zonebus.ArenaLeft;
        static encode(m: zonebus.ArenaLeft.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ArenaLeft.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ArenaLeft;
        static toObject(m: zonebus.ArenaLeft, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ArenaLeft {
        interface $Properties {
            player?: (zonebus.PlayerAddress.$Properties|null);
            arena?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ArenaLeft.$Properties;
    }

    interface IZoneChat extends zonebus.ZoneChat.$Properties {
    }

    class ZoneChat {
        constructor(p?: zonebus.ZoneChat.$Properties);
        $unknowns?: Uint8Array[];
        from?: (zonebus.PlayerAddress.$Properties|null);
        fromName: string;
        fromArena: string;
        chatType: number;
        sound: number;
        targetPid: number;
        targetName: string;
        text: string;
        static create(properties: zonebus.ZoneChat.$Shape): zonebus.ZoneChat & zonebus.ZoneChat.$Shape;
        static create(properties?: zonebus.ZoneChat.$Properties): zonebus.ZoneChat;
        static encode(m: zonebus.ZoneChat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ZoneChat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ZoneChat & zonebus.ZoneChat.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ZoneChat & zonebus.ZoneChat.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ZoneChat;
        static toObject(m: zonebus.ZoneChat, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ZoneChat {
        interface $Properties {
            from?: (zonebus.PlayerAddress.$Properties|null);
            fromName?: (string|null);
            fromArena?: (string|null);
            chatType?: (number|null);
            sound?: (number|null);
            targetPid?: (number|null);
            targetName?: (string|null);
            text?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ZoneChat.$Properties;
    }

    interface IPlayerRecord extends zonebus.PlayerRecord.$Properties {
    }

    class PlayerRecord {
        constructor(p?: zonebus.PlayerRecord.$Properties);
        $unknowns?: Uint8Array[];
        info?: (zonebus.PlayerInfo.$Properties|null);
        arena: string;
        loginMs: number;
        landing: string;
        authenticated: boolean;
        billerUserId: number;
        billerKnown: boolean;
        enteredOnce: boolean;
        static create(properties: zonebus.PlayerRecord.$Shape): zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape;
        static create(properties?: zonebus.PlayerRecord.$Properties): zonebus.PlayerRecord;
        static encode(m: zonebus.PlayerRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.PlayerRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.PlayerRecord;
        static toObject(m: zonebus.PlayerRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerRecord {
        interface $Properties {
            info?: (zonebus.PlayerInfo.$Properties|null);
            arena?: (string|null);
            loginMs?: (number|null);
            landing?: (string|null);
            authenticated?: (boolean|null);
            billerUserId?: (number|null);
            billerKnown?: (boolean|null);
            enteredOnce?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.PlayerRecord.$Properties;
    }

    interface IZoneFile extends zonebus.ZoneFile.$Properties {
    }

    class ZoneFile {
        constructor(p?: zonebus.ZoneFile.$Properties);
        $unknowns?: Uint8Array[];
        path: string;
        data: Uint8Array;
        static create(properties: zonebus.ZoneFile.$Shape): zonebus.ZoneFile & zonebus.ZoneFile.$Shape;
        static create(properties?: zonebus.ZoneFile.$Properties): zonebus.ZoneFile;
        static encode(m: zonebus.ZoneFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.ZoneFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.ZoneFile & zonebus.ZoneFile.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.ZoneFile & zonebus.ZoneFile.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.ZoneFile;
        static toObject(m: zonebus.ZoneFile, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ZoneFile {
        interface $Properties {
            path?: (string|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.ZoneFile.$Properties;
    }

    interface IMasterLease extends zonebus.MasterLease.$Properties {
    }

    class MasterLease {
        constructor(p?: zonebus.MasterLease.$Properties);
        $unknowns?: Uint8Array[];
        owner: string;
        static create(properties: zonebus.MasterLease.$Shape): zonebus.MasterLease & zonebus.MasterLease.$Shape;
        static create(properties?: zonebus.MasterLease.$Properties): zonebus.MasterLease;
        static encode(m: zonebus.MasterLease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.MasterLease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.MasterLease & zonebus.MasterLease.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.MasterLease & zonebus.MasterLease.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.MasterLease;
        static toObject(m: zonebus.MasterLease, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MasterLease {
        interface $Properties {
            owner?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.MasterLease.$Properties;
    }

    interface IPlayerData extends zonebus.PlayerData.$Properties {
    }

    class PlayerData {
        constructor(p?: zonebus.PlayerData.$Properties);
        $unknowns?: Uint8Array[];
        player?: (zonebus.PlayerAddress.$Properties|null);
        data: Uint8Array;
        static create(properties: zonebus.PlayerData.$Shape): zonebus.PlayerData & zonebus.PlayerData.$Shape;
        static create(properties?: zonebus.PlayerData.$Properties): zonebus.PlayerData;
        static encode(m: zonebus.PlayerData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.PlayerData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.PlayerData & zonebus.PlayerData.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.PlayerData & zonebus.PlayerData.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.PlayerData;
        static toObject(m: zonebus.PlayerData, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlayerData {
        interface $Properties {
            player?: (zonebus.PlayerAddress.$Properties|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.PlayerData.$Properties;
    }

    interface IGatewayStatus extends zonebus.GatewayStatus.$Properties {
    }

    class GatewayStatus {
        constructor(p?: zonebus.GatewayStatus.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        group: string;
        publicIp: string;
        publicPort: number;
        connections: number;
        draining: boolean;
        static create(properties: zonebus.GatewayStatus.$Shape): zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape;
        static create(properties?: zonebus.GatewayStatus.$Properties): zonebus.GatewayStatus;
        static encode(m: zonebus.GatewayStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.GatewayStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.GatewayStatus;
        static toObject(m: zonebus.GatewayStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GatewayStatus {
        interface $Properties {
            id?: (string|null);
            group?: (string|null);
            publicIp?: (string|null);
            publicPort?: (number|null);
            connections?: (number|null);
            draining?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.GatewayStatus.$Properties;
    }

    interface IRedirectTicket extends zonebus.RedirectTicket.$Properties {
    }

    class RedirectTicket {
        constructor(p?: zonebus.RedirectTicket.$Properties);
        $unknowns?: Uint8Array[];
        clientIp: string;
        loginIdMac: Uint8Array;
        expiresMs: number;
        arena: string;
        reason: string;
        used: boolean;
        requiresLoginId: boolean;
        authenticated: boolean;
        static create(properties: zonebus.RedirectTicket.$Shape): zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape;
        static create(properties?: zonebus.RedirectTicket.$Properties): zonebus.RedirectTicket;
        static encode(m: zonebus.RedirectTicket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.RedirectTicket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.RedirectTicket;
        static toObject(m: zonebus.RedirectTicket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RedirectTicket {
        interface $Properties {
            clientIp?: (string|null);
            loginIdMac?: (Uint8Array|null);
            expiresMs?: (number|null);
            arena?: (string|null);
            reason?: (string|null);
            used?: (boolean|null);
            requiresLoginId?: (boolean|null);
            authenticated?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.RedirectTicket.$Properties;
    }

    interface IRedirectRequest extends zonebus.RedirectRequest.$Properties {
    }

    class RedirectRequest {
        constructor(p?: zonebus.RedirectRequest.$Properties);
        $unknowns?: Uint8Array[];
        player?: (zonebus.PlayerAddress.$Properties|null);
        reason: string;
        static create(properties: zonebus.RedirectRequest.$Shape): zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape;
        static create(properties?: zonebus.RedirectRequest.$Properties): zonebus.RedirectRequest;
        static encode(m: zonebus.RedirectRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.RedirectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.RedirectRequest;
        static toObject(m: zonebus.RedirectRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RedirectRequest {
        interface $Properties {
            player?: (zonebus.PlayerAddress.$Properties|null);
            reason?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.RedirectRequest.$Properties;
    }

    interface IRedirectReply extends zonebus.RedirectReply.$Properties {
    }

    class RedirectReply {
        constructor(p?: zonebus.RedirectReply.$Properties);
        $unknowns?: Uint8Array[];
        ok: boolean;
        error: string;
        target: string;
        static create(properties: zonebus.RedirectReply.$Shape): zonebus.RedirectReply & zonebus.RedirectReply.$Shape;
        static create(properties?: zonebus.RedirectReply.$Properties): zonebus.RedirectReply;
        static encode(m: zonebus.RedirectReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.RedirectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.RedirectReply & zonebus.RedirectReply.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.RedirectReply & zonebus.RedirectReply.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.RedirectReply;
        static toObject(m: zonebus.RedirectReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RedirectReply {
        interface $Properties {
            ok?: (boolean|null);
            error?: (string|null);
            target?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.RedirectReply.$Properties;
    }
}
