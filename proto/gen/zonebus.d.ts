import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace zonebus {

    interface IPing extends zonebus.Ping.$Properties {
    }

    class Ping {
        constructor(p?: zonebus.Ping.$Properties);
        $unknowns?: Uint8Array[];
        seq: number;
        data: Uint8Array;
        static create(properties: zonebus.Ping.$Shape): zonebus.Ping & zonebus.Ping.$Shape;
        static create(properties?: zonebus.Ping.$Properties): zonebus.Ping;
        static encode(m: zonebus.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: zonebus.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonebus.Ping & zonebus.Ping.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonebus.Ping & zonebus.Ping.$Shape;
        static verify(m: { [k: string]: any }): (string|null);
        static fromObject(d: { [k: string]: any }): zonebus.Ping;
        static toObject(m: zonebus.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Ping {
        interface $Properties {
            seq?: (number|null);
            data?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = zonebus.Ping.$Properties;
    }
}
