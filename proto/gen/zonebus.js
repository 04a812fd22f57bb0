/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const zonebus = $root.zonebus = (() => {

    /**
     * Namespace zonebus.
     * @exports zonebus
     * @namespace
     */
    const zonebus = {};

    /**
     * PlacementReason enum.
     * @name zonebus.PlacementReason
     * @enum {number}
     * @property {number} PLACEMENT_REASON_NEW=0 PLACEMENT_REASON_NEW value
     * @property {number} PLACEMENT_REASON_DRAIN=1 PLACEMENT_REASON_DRAIN value
     * @property {number} PLACEMENT_REASON_FAILOVER=2 PLACEMENT_REASON_FAILOVER value
     */
    zonebus.PlacementReason = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PLACEMENT_REASON_NEW"] = 0;
        values[valuesById[1] = "PLACEMENT_REASON_DRAIN"] = 1;
        values[valuesById[2] = "PLACEMENT_REASON_FAILOVER"] = 2;
        return values;
    })();

    zonebus.AttachArena = (function() {

        /**
         * Properties of an AttachArena.
         * @typedef {Object} zonebus.AttachArena.$Properties
         * @property {string|null} [arena] AttachArena arena
         * @property {zonebus.PlacementReason|null} [reason] AttachArena reason
         * @property {Array.<zonebus.PlayerInfo.$Properties>|null} [players] AttachArena players
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttachArena.
         * @memberof zonebus
         * @interface IAttachArena
         * @augments zonebus.AttachArena.$Properties
         * @deprecated Use zonebus.AttachArena.$Properties instead.
         */

        /**
         * Shape of an AttachArena.
         * @typedef {zonebus.AttachArena.$Properties} zonebus.AttachArena.$Shape
         */

        /**
         * Constructs a new AttachArena.
         * @memberof zonebus
         * @classdesc Represents an AttachArena.
         * @constructor
         * @param {zonebus.AttachArena.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttachArena = function (p) {
            this.players = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AttachArena arena.
         * @member {string} arena
         * @memberof zonebus.AttachArena
         * @instance
         */
        AttachArena.prototype.arena = "";

        /**
         * AttachArena reason.
         * @member {zonebus.PlacementReason} reason
         * @memberof zonebus.AttachArena
         * @instance
         */
        AttachArena.prototype.reason = 0;

        /**
         * AttachArena players.
         * @member {Array.<zonebus.PlayerInfo.$Properties>} players
         * @memberof zonebus.AttachArena
         * @instance
         */
        AttachArena.prototype.players = $util.emptyArray;

        /**
         * Creates a new AttachArena instance using the specified properties.
         * @function create
         * @memberof zonebus.AttachArena
         * @static
         * @param {zonebus.AttachArena.$Properties=} [properties] Properties to set
         * @returns {zonebus.AttachArena} AttachArena instance
         * @type {{
         *   (properties: zonebus.AttachArena.$Shape): zonebus.AttachArena & zonebus.AttachArena.$Shape;
         *   (properties?: zonebus.AttachArena.$Properties): zonebus.AttachArena;
         * }}
         */
        AttachArena.create = function(properties) {
            return new AttachArena(properties);
        };

        /**
         * Encodes the specified AttachArena message. Does not implicitly {@link zonebus.AttachArena.verify|verify} messages.
         * @function encode
         * @memberof zonebus.AttachArena
         * @static
         * @param {zonebus.AttachArena.$Properties} m AttachArena message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachArena.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.reason);
            if (m.players != null && m.players.length) {
                for (var i = 0; i < m.players.length; ++i)
                    $root.zonebus.PlayerInfo.encode(m.players[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AttachArena message, length delimited. Does not implicitly {@link zonebus.AttachArena.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.AttachArena
         * @static
         * @param {zonebus.AttachArena.$Properties} message AttachArena message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachArena.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttachArena message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.AttachArena
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.AttachArena & zonebus.AttachArena.$Shape} AttachArena
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachArena.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.AttachArena();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.players && m.players.length))
                            m.players = [];
                        m.players.push($root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an AttachArena message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.AttachArena
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.AttachArena & zonebus.AttachArena.$Shape} AttachArena
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachArena.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AttachArena message.
         * @function verify
         * @memberof zonebus.AttachArena
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttachArena.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (typeof m.reason !== "number" || (m.reason | 0) !== m.reason)
                    return "reason: enum value expected";
            }
            if (m.players != null && $Object.hasOwnProperty.call(m, "players")) {
                if (!$Array.isArray(m.players))
                    return "players: array expected";
                for (var i = 0; i < m.players.length; ++i) {
                    {
                        var e = $root.zonebus.PlayerInfo.verify(m.players[i], q + 1);
                        if (e)
                            return "players." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an AttachArena message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.AttachArena
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.AttachArena} AttachArena
         */
        AttachArena.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.AttachArena)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.AttachArena: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.AttachArena();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.reason !== 0 && (typeof d.reason !== "string" || $root.zonebus.PlacementReason[d.reason] !== 0)) {
                switch (d.reason) {
                case "PLACEMENT_REASON_NEW":
                case 0:
                    m.reason = 0;
                    break;
                case "PLACEMENT_REASON_DRAIN":
                case 1:
                    m.reason = 1;
                    break;
                case "PLACEMENT_REASON_FAILOVER":
                case 2:
                    m.reason = 2;
                    break;
                default:
                    if (typeof d.reason === "number" && (d.reason | 0) === d.reason)
                        m.reason = d.reason;
                }
            }
            if (d.players) {
                if (!$Array.isArray(d.players))
                    throw $TypeError(".zonebus.AttachArena.players: array expected");
                m.players = $Array(d.players.length);
                for (var i = 0; i < d.players.length; ++i) {
                    if (!$util.isObject(d.players[i]))
                        throw $TypeError(".zonebus.AttachArena.players: object expected");
                    m.players[i] = $root.zonebus.PlayerInfo.fromObject(d.players[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AttachArena message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.AttachArena
         * @static
         * @param {zonebus.AttachArena} m AttachArena
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttachArena.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.players = [];
            }
            if (o.defaults) {
                d.arena = "";
                d.reason = o.enums === $String ? "PLACEMENT_REASON_NEW" : 0;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = o.enums === $String ? $root.zonebus.PlacementReason[m.reason] === $undefined ? m.reason : $root.zonebus.PlacementReason[m.reason] : m.reason;
            }
            if (m.players && m.players.length) {
                d.players = $Array(m.players.length);
                for (var j = 0; j < m.players.length; ++j) {
                    d.players[j] = $root.zonebus.PlayerInfo.toObject(m.players[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this AttachArena to JSON.
         * @function toJSON
         * @memberof zonebus.AttachArena
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttachArena.prototype.toJSON = function() {
            return AttachArena.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttachArena
         * @function getTypeUrl
         * @memberof zonebus.AttachArena
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttachArena.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.AttachArena";
        };

        return AttachArena;
    })();

    zonebus.AttachReply = (function() {

        /**
         * Properties of an AttachReply.
         * @typedef {Object} zonebus.AttachReply.$Properties
         * @property {boolean|null} [ok] AttachReply ok
         * @property {string|null} [owner] AttachReply owner
         * @property {string|null} [error] AttachReply error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttachReply.
         * @memberof zonebus
         * @interface IAttachReply
         * @augments zonebus.AttachReply.$Properties
         * @deprecated Use zonebus.AttachReply.$Properties instead.
         */

        /**
         * Shape of an AttachReply.
         * @typedef {zonebus.AttachReply.$Properties} zonebus.AttachReply.$Shape
         */

        /**
         * Constructs a new AttachReply.
         * @memberof zonebus
         * @classdesc Represents an AttachReply.
         * @constructor
         * @param {zonebus.AttachReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttachReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AttachReply ok.
         * @member {boolean} ok
         * @memberof zonebus.AttachReply
         * @instance
         */
        AttachReply.prototype.ok = false;

        /**
         * AttachReply owner.
         * @member {string} owner
         * @memberof zonebus.AttachReply
         * @instance
         */
        AttachReply.prototype.owner = "";

        /**
         * AttachReply error.
         * @member {string} error
         * @memberof zonebus.AttachReply
         * @instance
         */
        AttachReply.prototype.error = "";

        /**
         * Creates a new AttachReply instance using the specified properties.
         * @function create
         * @memberof zonebus.AttachReply
         * @static
         * @param {zonebus.AttachReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.AttachReply} AttachReply instance
         * @type {{
         *   (properties: zonebus.AttachReply.$Shape): zonebus.AttachReply & zonebus.AttachReply.$Shape;
         *   (properties?: zonebus.AttachReply.$Properties): zonebus.AttachReply;
         * }}
         */
        AttachReply.create = function(properties) {
            return new AttachReply(properties);
        };

        /**
         * Encodes the specified AttachReply message. Does not implicitly {@link zonebus.AttachReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.AttachReply
         * @static
         * @param {zonebus.AttachReply.$Properties} m AttachReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AttachReply message, length delimited. Does not implicitly {@link zonebus.AttachReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.AttachReply
         * @static
         * @param {zonebus.AttachReply.$Properties} message AttachReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttachReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.AttachReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.AttachReply & zonebus.AttachReply.$Shape} AttachReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.AttachReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an AttachReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.AttachReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.AttachReply & zonebus.AttachReply.$Shape} AttachReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AttachReply message.
         * @function verify
         * @memberof zonebus.AttachReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AttachReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            return null;
        };

        /**
         * Creates an AttachReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.AttachReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.AttachReply} AttachReply
         */
        AttachReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.AttachReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.AttachReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.AttachReply();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AttachReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.AttachReply
         * @static
         * @param {zonebus.AttachReply} m AttachReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttachReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                d.owner = "";
                d.error = "";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this AttachReply to JSON.
         * @function toJSON
         * @memberof zonebus.AttachReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttachReply.prototype.toJSON = function() {
            return AttachReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttachReply
         * @function getTypeUrl
         * @memberof zonebus.AttachReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttachReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.AttachReply";
        };

        return AttachReply;
    })();

    zonebus.ReplicaStatus = (function() {

        /**
         * Properties of a ReplicaStatus.
         * @typedef {Object} zonebus.ReplicaStatus.$Properties
         * @property {string|null} [id] ReplicaStatus id
         * @property {number|null} [arenas] ReplicaStatus arenas
         * @property {number|null} [players] ReplicaStatus players
         * @property {number|null} [cpu] ReplicaStatus cpu
         * @property {Array.<string>|null} [labels] ReplicaStatus labels
         * @property {boolean|null} [draining] ReplicaStatus draining
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReplicaStatus.
         * @memberof zonebus
         * @interface IReplicaStatus
         * @augments zonebus.ReplicaStatus.$Properties
         * @deprecated Use zonebus.ReplicaStatus.$Properties instead.
         */

        /**
         * Shape of a ReplicaStatus.
         * @typedef {zonebus.ReplicaStatus.$Properties} zonebus.ReplicaStatus.$Shape
         */

        /**
         * Constructs a new ReplicaStatus.
         * @memberof zonebus
         * @classdesc Represents a ReplicaStatus.
         * @constructor
         * @param {zonebus.ReplicaStatus.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReplicaStatus = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ReplicaStatus id.
         * @member {string} id
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.id = "";

        /**
         * ReplicaStatus arenas.
         * @member {number} arenas
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.arenas = 0;

        /**
         * ReplicaStatus players.
         * @member {number} players
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.players = 0;

        /**
         * ReplicaStatus cpu.
         * @member {number} cpu
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.cpu = 0;

        /**
         * ReplicaStatus labels.
         * @member {Array.<string>} labels
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.labels = $util.emptyArray;

        /**
         * ReplicaStatus draining.
         * @member {boolean} draining
         * @memberof zonebus.ReplicaStatus
         * @instance
         */
        ReplicaStatus.prototype.draining = false;

        /**
         * Creates a new ReplicaStatus instance using the specified properties.
         * @function create
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {zonebus.ReplicaStatus.$Properties=} [properties] Properties to set
         * @returns {zonebus.ReplicaStatus} ReplicaStatus instance
         * @type {{
         *   (properties: zonebus.ReplicaStatus.$Shape): zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape;
         *   (properties?: zonebus.ReplicaStatus.$Properties): zonebus.ReplicaStatus;
         * }}
         */
        ReplicaStatus.create = function(properties) {
            return new ReplicaStatus(properties);
        };

        /**
         * Encodes the specified ReplicaStatus message. Does not implicitly {@link zonebus.ReplicaStatus.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {zonebus.ReplicaStatus.$Properties} m ReplicaStatus message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReplicaStatus.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas") && m.arenas !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.arenas);
            if (m.players != null && $Object.hasOwnProperty.call(m, "players") && m.players !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.players);
            if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu") && !$Object.is(m.cpu, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.cpu);
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.labels[i]);
            }
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining") && m.draining !== false)
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.draining);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ReplicaStatus message, length delimited. Does not implicitly {@link zonebus.ReplicaStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {zonebus.ReplicaStatus.$Properties} message ReplicaStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReplicaStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ReplicaStatus message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape} ReplicaStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReplicaStatus.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ReplicaStatus();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.arenas = v;
                        else
                            delete m.arenas;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.players = v;
                        else
                            delete m.players;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.cpu = v;
                        else
                            delete m.cpu;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push(r.stringVerify());
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.draining = v;
                        else
                            delete m.draining;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ReplicaStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ReplicaStatus & zonebus.ReplicaStatus.$Shape} ReplicaStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReplicaStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ReplicaStatus message.
         * @function verify
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ReplicaStatus.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isString(m.id))
                    return "id: string expected";
            }
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas")) {
                if (!$util.isInteger(m.arenas))
                    return "arenas: integer expected";
            }
            if (m.players != null && $Object.hasOwnProperty.call(m, "players")) {
                if (!$util.isInteger(m.players))
                    return "players: integer expected";
            }
            if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                if (typeof m.cpu !== "number")
                    return "cpu: number expected";
            }
            if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                if (!$Array.isArray(m.labels))
                    return "labels: array expected";
                for (var i = 0; i < m.labels.length; ++i) {
                    if (!$util.isString(m.labels[i]))
                        return "labels: string[] expected";
                }
            }
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                if (typeof m.draining !== "boolean")
                    return "draining: boolean expected";
            }
            return null;
        };

        /**
         * Creates a ReplicaStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ReplicaStatus} ReplicaStatus
         */
        ReplicaStatus.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ReplicaStatus)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ReplicaStatus: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ReplicaStatus();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.arenas != null) {
                if ($Number(d.arenas) !== 0) {
                    m.arenas = d.arenas >>> 0;
                }
            }
            if (d.players != null) {
                if ($Number(d.players) !== 0) {
                    m.players = d.players >>> 0;
                }
            }
            if (d.cpu != null) {
                if (!$Object.is($Number(d.cpu), 0)) {
                    m.cpu = $Number(d.cpu);
                }
            }
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".zonebus.ReplicaStatus.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    m.labels[i] = $String(d.labels[i]);
                }
            }
            if (d.draining != null) {
                if (d.draining) {
                    m.draining = $Boolean(d.draining);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ReplicaStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {zonebus.ReplicaStatus} m ReplicaStatus
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReplicaStatus.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.id = "";
                d.arenas = 0;
                d.players = 0;
                d.cpu = 0;
                d.draining = false;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas")) {
                d.arenas = m.arenas;
            }
            if (m.players != null && $Object.hasOwnProperty.call(m, "players")) {
                d.players = m.players;
            }
            if (m.cpu != null && $Object.hasOwnProperty.call(m, "cpu")) {
                d.cpu = o.json && !$isFinite(m.cpu) ? $String(m.cpu) : m.cpu;
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = m.labels[j];
                }
            }
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                d.draining = m.draining;
            }
            return d;
        };

        /**
         * Converts this ReplicaStatus to JSON.
         * @function toJSON
         * @memberof zonebus.ReplicaStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReplicaStatus.prototype.toJSON = function() {
            return ReplicaStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ReplicaStatus
         * @function getTypeUrl
         * @memberof zonebus.ReplicaStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ReplicaStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ReplicaStatus";
        };

        return ReplicaStatus;
    })();

    zonebus.HandoverRequest = (function() {

        /**
         * Properties of a HandoverRequest.
         * @typedef {Object} zonebus.HandoverRequest.$Properties
         * @property {string|null} [arena] HandoverRequest arena
         * @property {string|null} [from] HandoverRequest from
         * @property {string|null} [prefer] HandoverRequest prefer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandoverRequest.
         * @memberof zonebus
         * @interface IHandoverRequest
         * @augments zonebus.HandoverRequest.$Properties
         * @deprecated Use zonebus.HandoverRequest.$Properties instead.
         */

        /**
         * Shape of a HandoverRequest.
         * @typedef {zonebus.HandoverRequest.$Properties} zonebus.HandoverRequest.$Shape
         */

        /**
         * Constructs a new HandoverRequest.
         * @memberof zonebus
         * @classdesc Represents a HandoverRequest.
         * @constructor
         * @param {zonebus.HandoverRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandoverRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * HandoverRequest arena.
         * @member {string} arena
         * @memberof zonebus.HandoverRequest
         * @instance
         */
        HandoverRequest.prototype.arena = "";

        /**
         * HandoverRequest from.
         * @member {string} from
         * @memberof zonebus.HandoverRequest
         * @instance
         */
        HandoverRequest.prototype.from = "";

        /**
         * HandoverRequest prefer.
         * @member {string} prefer
         * @memberof zonebus.HandoverRequest
         * @instance
         */
        HandoverRequest.prototype.prefer = "";

        /**
         * Creates a new HandoverRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {zonebus.HandoverRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.HandoverRequest} HandoverRequest instance
         * @type {{
         *   (properties: zonebus.HandoverRequest.$Shape): zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape;
         *   (properties?: zonebus.HandoverRequest.$Properties): zonebus.HandoverRequest;
         * }}
         */
        HandoverRequest.create = function(properties) {
            return new HandoverRequest(properties);
        };

        /**
         * Encodes the specified HandoverRequest message. Does not implicitly {@link zonebus.HandoverRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {zonebus.HandoverRequest.$Properties} m HandoverRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandoverRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.from);
            if (m.prefer != null && $Object.hasOwnProperty.call(m, "prefer") && m.prefer !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.prefer);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified HandoverRequest message, length delimited. Does not implicitly {@link zonebus.HandoverRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {zonebus.HandoverRequest.$Properties} message HandoverRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandoverRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HandoverRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape} HandoverRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandoverRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.HandoverRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.from = v;
                        else
                            delete m.from;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.prefer = v;
                        else
                            delete m.prefer;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a HandoverRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.HandoverRequest & zonebus.HandoverRequest.$Shape} HandoverRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandoverRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HandoverRequest message.
         * @function verify
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HandoverRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                if (!$util.isString(m.from))
                    return "from: string expected";
            }
            if (m.prefer != null && $Object.hasOwnProperty.call(m, "prefer")) {
                if (!$util.isString(m.prefer))
                    return "prefer: string expected";
            }
            return null;
        };

        /**
         * Creates a HandoverRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.HandoverRequest} HandoverRequest
         */
        HandoverRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.HandoverRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.HandoverRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.HandoverRequest();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.from != null) {
                if (typeof d.from !== "string" || d.from.length) {
                    m.from = $String(d.from);
                }
            }
            if (d.prefer != null) {
                if (typeof d.prefer !== "string" || d.prefer.length) {
                    m.prefer = $String(d.prefer);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a HandoverRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {zonebus.HandoverRequest} m HandoverRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HandoverRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.arena = "";
                d.from = "";
                d.prefer = "";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                d.from = m.from;
            }
            if (m.prefer != null && $Object.hasOwnProperty.call(m, "prefer")) {
                d.prefer = m.prefer;
            }
            return d;
        };

        /**
         * Converts this HandoverRequest to JSON.
         * @function toJSON
         * @memberof zonebus.HandoverRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HandoverRequest.prototype.toJSON = function() {
            return HandoverRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HandoverRequest
         * @function getTypeUrl
         * @memberof zonebus.HandoverRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HandoverRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.HandoverRequest";
        };

        return HandoverRequest;
    })();

    zonebus.HandoverReply = (function() {

        /**
         * Properties of a HandoverReply.
         * @typedef {Object} zonebus.HandoverReply.$Properties
         * @property {boolean|null} [ok] HandoverReply ok
         * @property {string|null} [owner] HandoverReply owner
         * @property {string|null} [error] HandoverReply error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandoverReply.
         * @memberof zonebus
         * @interface IHandoverReply
         * @augments zonebus.HandoverReply.$Properties
         * @deprecated Use zonebus.HandoverReply.$Properties instead.
         */

        /**
         * Shape of a HandoverReply.
         * @typedef {zonebus.HandoverReply.$Properties} zonebus.HandoverReply.$Shape
         */

        /**
         * Constructs a new HandoverReply.
         * @memberof zonebus
         * @classdesc Represents a HandoverReply.
         * @constructor
         * @param {zonebus.HandoverReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandoverReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * HandoverReply ok.
         * @member {boolean} ok
         * @memberof zonebus.HandoverReply
         * @instance
         */
        HandoverReply.prototype.ok = false;

        /**
         * HandoverReply owner.
         * @member {string} owner
         * @memberof zonebus.HandoverReply
         * @instance
         */
        HandoverReply.prototype.owner = "";

        /**
         * HandoverReply error.
         * @member {string} error
         * @memberof zonebus.HandoverReply
         * @instance
         */
        HandoverReply.prototype.error = "";

        /**
         * Creates a new HandoverReply instance using the specified properties.
         * @function create
         * @memberof zonebus.HandoverReply
         * @static
         * @param {zonebus.HandoverReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.HandoverReply} HandoverReply instance
         * @type {{
         *   (properties: zonebus.HandoverReply.$Shape): zonebus.HandoverReply & zonebus.HandoverReply.$Shape;
         *   (properties?: zonebus.HandoverReply.$Properties): zonebus.HandoverReply;
         * }}
         */
        HandoverReply.create = function(properties) {
            return new HandoverReply(properties);
        };

        /**
         * Encodes the specified HandoverReply message. Does not implicitly {@link zonebus.HandoverReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.HandoverReply
         * @static
         * @param {zonebus.HandoverReply.$Properties} m HandoverReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandoverReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified HandoverReply message, length delimited. Does not implicitly {@link zonebus.HandoverReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.HandoverReply
         * @static
         * @param {zonebus.HandoverReply.$Properties} message HandoverReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandoverReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HandoverReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.HandoverReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.HandoverReply & zonebus.HandoverReply.$Shape} HandoverReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandoverReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.HandoverReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a HandoverReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.HandoverReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.HandoverReply & zonebus.HandoverReply.$Shape} HandoverReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandoverReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HandoverReply message.
         * @function verify
         * @memberof zonebus.HandoverReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HandoverReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            return null;
        };

        /**
         * Creates a HandoverReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.HandoverReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.HandoverReply} HandoverReply
         */
        HandoverReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.HandoverReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.HandoverReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.HandoverReply();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a HandoverReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.HandoverReply
         * @static
         * @param {zonebus.HandoverReply} m HandoverReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HandoverReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                d.owner = "";
                d.error = "";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this HandoverReply to JSON.
         * @function toJSON
         * @memberof zonebus.HandoverReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HandoverReply.prototype.toJSON = function() {
            return HandoverReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HandoverReply
         * @function getTypeUrl
         * @memberof zonebus.HandoverReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HandoverReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.HandoverReply";
        };

        return HandoverReply;
    })();

    zonebus.MoveArena = (function() {

        /**
         * Properties of a MoveArena.
         * @typedef {Object} zonebus.MoveArena.$Properties
         * @property {string|null} [arena] MoveArena arena
         * @property {string|null} [to] MoveArena to
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MoveArena.
         * @memberof zonebus
         * @interface IMoveArena
         * @augments zonebus.MoveArena.$Properties
         * @deprecated Use zonebus.MoveArena.$Properties instead.
         */

        /**
         * Shape of a MoveArena.
         * @typedef {zonebus.MoveArena.$Properties} zonebus.MoveArena.$Shape
         */

        /**
         * Constructs a new MoveArena.
         * @memberof zonebus
         * @classdesc Represents a MoveArena.
         * @constructor
         * @param {zonebus.MoveArena.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MoveArena = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MoveArena arena.
         * @member {string} arena
         * @memberof zonebus.MoveArena
         * @instance
         */
        MoveArena.prototype.arena = "";

        /**
         * MoveArena to.
         * @member {string} to
         * @memberof zonebus.MoveArena
         * @instance
         */
        MoveArena.prototype.to = "";

        /**
         * Creates a new MoveArena instance using the specified properties.
         * @function create
         * @memberof zonebus.MoveArena
         * @static
         * @param {zonebus.MoveArena.$Properties=} [properties] Properties to set
         * @returns {zonebus.MoveArena} MoveArena instance
         * @type {{
         *   (properties: zonebus.MoveArena.$Shape): zonebus.MoveArena & zonebus.MoveArena.$Shape;
         *   (properties?: zonebus.MoveArena.$Properties): zonebus.MoveArena;
         * }}
         */
        MoveArena.create = function(properties) {
            return new MoveArena(properties);
        };

        /**
         * Encodes the specified MoveArena message. Does not implicitly {@link zonebus.MoveArena.verify|verify} messages.
         * @function encode
         * @memberof zonebus.MoveArena
         * @static
         * @param {zonebus.MoveArena.$Properties} m MoveArena message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveArena.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.to);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MoveArena message, length delimited. Does not implicitly {@link zonebus.MoveArena.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.MoveArena
         * @static
         * @param {zonebus.MoveArena.$Properties} message MoveArena message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveArena.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MoveArena message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.MoveArena
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.MoveArena & zonebus.MoveArena.$Shape} MoveArena
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveArena.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.MoveArena();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.to = v;
                        else
                            delete m.to;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MoveArena message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.MoveArena
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.MoveArena & zonebus.MoveArena.$Shape} MoveArena
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveArena.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MoveArena message.
         * @function verify
         * @memberof zonebus.MoveArena
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MoveArena.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                if (!$util.isString(m.to))
                    return "to: string expected";
            }
            return null;
        };

        /**
         * Creates a MoveArena message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.MoveArena
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.MoveArena} MoveArena
         */
        MoveArena.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.MoveArena)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.MoveArena: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.MoveArena();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.to != null) {
                if (typeof d.to !== "string" || d.to.length) {
                    m.to = $String(d.to);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MoveArena message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.MoveArena
         * @static
         * @param {zonebus.MoveArena} m MoveArena
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MoveArena.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.arena = "";
                d.to = "";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                d.to = m.to;
            }
            return d;
        };

        /**
         * Converts this MoveArena to JSON.
         * @function toJSON
         * @memberof zonebus.MoveArena
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MoveArena.prototype.toJSON = function() {
            return MoveArena.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MoveArena
         * @function getTypeUrl
         * @memberof zonebus.MoveArena
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MoveArena.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.MoveArena";
        };

        return MoveArena;
    })();

    zonebus.MoveReply = (function() {

        /**
         * Properties of a MoveReply.
         * @typedef {Object} zonebus.MoveReply.$Properties
         * @property {boolean|null} [ok] MoveReply ok
         * @property {string|null} [owner] MoveReply owner
         * @property {string|null} [error] MoveReply error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MoveReply.
         * @memberof zonebus
         * @interface IMoveReply
         * @augments zonebus.MoveReply.$Properties
         * @deprecated Use zonebus.MoveReply.$Properties instead.
         */

        /**
         * Shape of a MoveReply.
         * @typedef {zonebus.MoveReply.$Properties} zonebus.MoveReply.$Shape
         */

        /**
         * Constructs a new MoveReply.
         * @memberof zonebus
         * @classdesc Represents a MoveReply.
         * @constructor
         * @param {zonebus.MoveReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MoveReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MoveReply ok.
         * @member {boolean} ok
         * @memberof zonebus.MoveReply
         * @instance
         */
        MoveReply.prototype.ok = false;

        /**
         * MoveReply owner.
         * @member {string} owner
         * @memberof zonebus.MoveReply
         * @instance
         */
        MoveReply.prototype.owner = "";

        /**
         * MoveReply error.
         * @member {string} error
         * @memberof zonebus.MoveReply
         * @instance
         */
        MoveReply.prototype.error = "";

        /**
         * Creates a new MoveReply instance using the specified properties.
         * @function create
         * @memberof zonebus.MoveReply
         * @static
         * @param {zonebus.MoveReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.MoveReply} MoveReply instance
         * @type {{
         *   (properties: zonebus.MoveReply.$Shape): zonebus.MoveReply & zonebus.MoveReply.$Shape;
         *   (properties?: zonebus.MoveReply.$Properties): zonebus.MoveReply;
         * }}
         */
        MoveReply.create = function(properties) {
            return new MoveReply(properties);
        };

        /**
         * Encodes the specified MoveReply message. Does not implicitly {@link zonebus.MoveReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.MoveReply
         * @static
         * @param {zonebus.MoveReply.$Properties} m MoveReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MoveReply message, length delimited. Does not implicitly {@link zonebus.MoveReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.MoveReply
         * @static
         * @param {zonebus.MoveReply.$Properties} message MoveReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MoveReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.MoveReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.MoveReply & zonebus.MoveReply.$Shape} MoveReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.MoveReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MoveReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.MoveReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.MoveReply & zonebus.MoveReply.$Shape} MoveReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MoveReply message.
         * @function verify
         * @memberof zonebus.MoveReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MoveReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            return null;
        };

        /**
         * Creates a MoveReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.MoveReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.MoveReply} MoveReply
         */
        MoveReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.MoveReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.MoveReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.MoveReply();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MoveReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.MoveReply
         * @static
         * @param {zonebus.MoveReply} m MoveReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MoveReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                d.owner = "";
                d.error = "";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this MoveReply to JSON.
         * @function toJSON
         * @memberof zonebus.MoveReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MoveReply.prototype.toJSON = function() {
            return MoveReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MoveReply
         * @function getTypeUrl
         * @memberof zonebus.MoveReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MoveReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.MoveReply";
        };

        return MoveReply;
    })();

    zonebus.DrainRequest = (function() {

        /**
         * Properties of a DrainRequest.
         * @typedef {Object} zonebus.DrainRequest.$Properties
         * @property {string|null} [reason] DrainRequest reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DrainRequest.
         * @memberof zonebus
         * @interface IDrainRequest
         * @augments zonebus.DrainRequest.$Properties
         * @deprecated Use zonebus.DrainRequest.$Properties instead.
         */

        /**
         * Shape of a DrainRequest.
         * @typedef {zonebus.DrainRequest.$Properties} zonebus.DrainRequest.$Shape
         */

        /**
         * Constructs a new DrainRequest.
         * @memberof zonebus
         * @classdesc Represents a DrainRequest.
         * @constructor
         * @param {zonebus.DrainRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DrainRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DrainRequest reason.
         * @member {string} reason
         * @memberof zonebus.DrainRequest
         * @instance
         */
        DrainRequest.prototype.reason = "";

        /**
         * Creates a new DrainRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.DrainRequest
         * @static
         * @param {zonebus.DrainRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.DrainRequest} DrainRequest instance
         * @type {{
         *   (properties: zonebus.DrainRequest.$Shape): zonebus.DrainRequest & zonebus.DrainRequest.$Shape;
         *   (properties?: zonebus.DrainRequest.$Properties): zonebus.DrainRequest;
         * }}
         */
        DrainRequest.create = function(properties) {
            return new DrainRequest(properties);
        };

        /**
         * Encodes the specified DrainRequest message. Does not implicitly {@link zonebus.DrainRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.DrainRequest
         * @static
         * @param {zonebus.DrainRequest.$Properties} m DrainRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link zonebus.DrainRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.DrainRequest
         * @static
         * @param {zonebus.DrainRequest.$Properties} message DrainRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DrainRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.DrainRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.DrainRequest & zonebus.DrainRequest.$Shape} DrainRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.DrainRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.DrainRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.DrainRequest & zonebus.DrainRequest.$Shape} DrainRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DrainRequest message.
         * @function verify
         * @memberof zonebus.DrainRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DrainRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.DrainRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.DrainRequest} DrainRequest
         */
        DrainRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.DrainRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.DrainRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.DrainRequest();
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.DrainRequest
         * @static
         * @param {zonebus.DrainRequest} m DrainRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DrainRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.reason = "";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this DrainRequest to JSON.
         * @function toJSON
         * @memberof zonebus.DrainRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DrainRequest.prototype.toJSON = function() {
            return DrainRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DrainRequest
         * @function getTypeUrl
         * @memberof zonebus.DrainRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DrainRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.DrainRequest";
        };

        return DrainRequest;
    })();

    zonebus.DrainReply = (function() {

        /**
         * Properties of a DrainReply.
         * @typedef {Object} zonebus.DrainReply.$Properties
         * @property {number|null} [arenas] DrainReply arenas
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DrainReply.
         * @memberof zonebus
         * @interface IDrainReply
         * @augments zonebus.DrainReply.$Properties
         * @deprecated Use zonebus.DrainReply.$Properties instead.
         */

        /**
         * Shape of a DrainReply.
         * @typedef {zonebus.DrainReply.$Properties} zonebus.DrainReply.$Shape
         */

        /**
         * Constructs a new DrainReply.
         * @memberof zonebus
         * @classdesc Represents a DrainReply.
         * @constructor
         * @param {zonebus.DrainReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DrainReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DrainReply arenas.
         * @member {number} arenas
         * @memberof zonebus.DrainReply
         * @instance
         */
        DrainReply.prototype.arenas = 0;

        /**
         * Creates a new DrainReply instance using the specified properties.
         * @function create
         * @memberof zonebus.DrainReply
         * @static
         * @param {zonebus.DrainReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.DrainReply} DrainReply instance
         * @type {{
         *   (properties: zonebus.DrainReply.$Shape): zonebus.DrainReply & zonebus.DrainReply.$Shape;
         *   (properties?: zonebus.DrainReply.$Properties): zonebus.DrainReply;
         * }}
         */
        DrainReply.create = function(properties) {
            return new DrainReply(properties);
        };

        /**
         * Encodes the specified DrainReply message. Does not implicitly {@link zonebus.DrainReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.DrainReply
         * @static
         * @param {zonebus.DrainReply.$Properties} m DrainReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas") && m.arenas !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.arenas);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DrainReply message, length delimited. Does not implicitly {@link zonebus.DrainReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.DrainReply
         * @static
         * @param {zonebus.DrainReply.$Properties} message DrainReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DrainReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DrainReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.DrainReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.DrainReply & zonebus.DrainReply.$Shape} DrainReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.DrainReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.arenas = v;
                        else
                            delete m.arenas;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a DrainReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.DrainReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.DrainReply & zonebus.DrainReply.$Shape} DrainReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DrainReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DrainReply message.
         * @function verify
         * @memberof zonebus.DrainReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DrainReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas")) {
                if (!$util.isInteger(m.arenas))
                    return "arenas: integer expected";
            }
            return null;
        };

        /**
         * Creates a DrainReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.DrainReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.DrainReply} DrainReply
         */
        DrainReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.DrainReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.DrainReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.DrainReply();
            if (d.arenas != null) {
                if ($Number(d.arenas) !== 0) {
                    m.arenas = d.arenas >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DrainReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.DrainReply
         * @static
         * @param {zonebus.DrainReply} m DrainReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DrainReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.arenas = 0;
            }
            if (m.arenas != null && $Object.hasOwnProperty.call(m, "arenas")) {
                d.arenas = m.arenas;
            }
            return d;
        };

        /**
         * Converts this DrainReply to JSON.
         * @function toJSON
         * @memberof zonebus.DrainReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DrainReply.prototype.toJSON = function() {
            return DrainReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DrainReply
         * @function getTypeUrl
         * @memberof zonebus.DrainReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DrainReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.DrainReply";
        };

        return DrainReply;
    })();

    zonebus.ArenaOwner = (function() {

        /**
         * Properties of an ArenaOwner.
         * @typedef {Object} zonebus.ArenaOwner.$Properties
         * @property {string|null} [arena] ArenaOwner arena
         * @property {string|null} [owner] ArenaOwner owner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaOwner.
         * @memberof zonebus
         * @interface IArenaOwner
         * @augments zonebus.ArenaOwner.$Properties
         * @deprecated Use zonebus.ArenaOwner.$Properties instead.
         */

        /**
         * Shape of an ArenaOwner.
         * @typedef {zonebus.ArenaOwner.$Properties} zonebus.ArenaOwner.$Shape
         */

        /**
         * Constructs a new ArenaOwner.
         * @memberof zonebus
         * @classdesc Represents an ArenaOwner.
         * @constructor
         * @param {zonebus.ArenaOwner.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaOwner = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaOwner arena.
         * @member {string} arena
         * @memberof zonebus.ArenaOwner
         * @instance
         */
        ArenaOwner.prototype.arena = "";

        /**
         * ArenaOwner owner.
         * @member {string} owner
         * @memberof zonebus.ArenaOwner
         * @instance
         */
        ArenaOwner.prototype.owner = "";

        /**
         * Creates a new ArenaOwner instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {zonebus.ArenaOwner.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaOwner} ArenaOwner instance
         * @type {{
         *   (properties: zonebus.ArenaOwner.$Shape): zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape;
         *   (properties?: zonebus.ArenaOwner.$Properties): zonebus.ArenaOwner;
         * }}
         */
        ArenaOwner.create = function(properties) {
            return new ArenaOwner(properties);
        };

        /**
         * Encodes the specified ArenaOwner message. Does not implicitly {@link zonebus.ArenaOwner.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {zonebus.ArenaOwner.$Properties} m ArenaOwner message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaOwner.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaOwner message, length delimited. Does not implicitly {@link zonebus.ArenaOwner.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {zonebus.ArenaOwner.$Properties} message ArenaOwner message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaOwner.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaOwner message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape} ArenaOwner
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaOwner.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaOwner();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaOwner message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaOwner & zonebus.ArenaOwner.$Shape} ArenaOwner
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaOwner.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaOwner message.
         * @function verify
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaOwner.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            return null;
        };

        /**
         * Creates an ArenaOwner message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaOwner} ArenaOwner
         */
        ArenaOwner.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaOwner)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaOwner: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaOwner();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaOwner message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {zonebus.ArenaOwner} m ArenaOwner
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaOwner.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.arena = "";
                d.owner = "";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            return d;
        };

        /**
         * Converts this ArenaOwner to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaOwner
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaOwner.prototype.toJSON = function() {
            return ArenaOwner.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaOwner
         * @function getTypeUrl
         * @memberof zonebus.ArenaOwner
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaOwner.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaOwner";
        };

        return ArenaOwner;
    })();

    zonebus.ArenaSnapshot = (function() {

        /**
         * Properties of an ArenaSnapshot.
         * @typedef {Object} zonebus.ArenaSnapshot.$Properties
         * @property {string|null} [arena] ArenaSnapshot arena
         * @property {string|null} [owner] ArenaSnapshot owner
         * @property {boolean|null} [final] ArenaSnapshot final
         * @property {number|null} [takenMs] ArenaSnapshot takenMs
         * @property {number|null} [greenSeed] ArenaSnapshot greenSeed
         * @property {number|null} [doorSeed] ArenaSnapshot doorSeed
         * @property {number|null} [seedTimestamp] ArenaSnapshot seedTimestamp
         * @property {Array.<zonebus.ArenaPlayerState.$Properties>|null} [players] ArenaSnapshot players
         * @property {Array.<zonebus.PlayerInfo.$Properties>|null} [entering] ArenaSnapshot entering
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaSnapshot.
         * @memberof zonebus
         * @interface IArenaSnapshot
         * @augments zonebus.ArenaSnapshot.$Properties
         * @deprecated Use zonebus.ArenaSnapshot.$Properties instead.
         */

        /**
         * Shape of an ArenaSnapshot.
         * @typedef {zonebus.ArenaSnapshot.$Properties} zonebus.ArenaSnapshot.$Shape
         */

        /**
         * Constructs a new ArenaSnapshot.
         * @memberof zonebus
         * @classdesc Represents an ArenaSnapshot.
         * @constructor
         * @param {zonebus.ArenaSnapshot.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaSnapshot = function (p) {
            this.players = [];
            this.entering = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaSnapshot arena.
         * @member {string} arena
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.arena = "";

        /**
         * ArenaSnapshot owner.
         * @member {string} owner
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.owner = "";

        /**
         * ArenaSnapshot final.
         * @member {boolean} final
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.final = false;

        /**
         * ArenaSnapshot takenMs.
         * @member {number} takenMs
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.takenMs = 0;

        /**
         * ArenaSnapshot greenSeed.
         * @member {number} greenSeed
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.greenSeed = 0;

        /**
         * ArenaSnapshot doorSeed.
         * @member {number} doorSeed
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.doorSeed = 0;

        /**
         * ArenaSnapshot seedTimestamp.
         * @member {number} seedTimestamp
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.seedTimestamp = 0;

        /**
         * ArenaSnapshot players.
         * @member {Array.<zonebus.ArenaPlayerState.$Properties>} players
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.players = $util.emptyArray;

        /**
         * ArenaSnapshot entering.
         * @member {Array.<zonebus.PlayerInfo.$Properties>} entering
         * @memberof zonebus.ArenaSnapshot
         * @instance
         */
        ArenaSnapshot.prototype.entering = $util.emptyArray;

        /**
         * Creates a new ArenaSnapshot instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {zonebus.ArenaSnapshot.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaSnapshot} ArenaSnapshot instance
         * @type {{
         *   (properties: zonebus.ArenaSnapshot.$Shape): zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape;
         *   (properties?: zonebus.ArenaSnapshot.$Properties): zonebus.ArenaSnapshot;
         * }}
         */
        ArenaSnapshot.create = function(properties) {
            return new ArenaSnapshot(properties);
        };

        /**
         * Encodes the specified ArenaSnapshot message. Does not implicitly {@link zonebus.ArenaSnapshot.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {zonebus.ArenaSnapshot.$Properties} m ArenaSnapshot message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaSnapshot.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.final != null && $Object.hasOwnProperty.call(m, "final") && m.final !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.final);
            if (m.takenMs != null && $Object.hasOwnProperty.call(m, "takenMs") && !$Object.is(m.takenMs, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.takenMs);
            if (m.greenSeed != null && $Object.hasOwnProperty.call(m, "greenSeed") && m.greenSeed !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.greenSeed);
            if (m.doorSeed != null && $Object.hasOwnProperty.call(m, "doorSeed") && m.doorSeed !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.doorSeed);
            if (m.seedTimestamp != null && $Object.hasOwnProperty.call(m, "seedTimestamp") && m.seedTimestamp !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.seedTimestamp);
            if (m.players != null && m.players.length) {
                for (var i = 0; i < m.players.length; ++i)
                    $root.zonebus.ArenaPlayerState.encode(m.players[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            }
            if (m.entering != null && m.entering.length) {
                for (var i = 0; i < m.entering.length; ++i)
                    $root.zonebus.PlayerInfo.encode(m.entering[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaSnapshot message, length delimited. Does not implicitly {@link zonebus.ArenaSnapshot.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {zonebus.ArenaSnapshot.$Properties} message ArenaSnapshot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaSnapshot.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaSnapshot message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape} ArenaSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaSnapshot.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaSnapshot();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.final = v;
                        else
                            delete m.final;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.takenMs = v;
                        else
                            delete m.takenMs;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.greenSeed = v;
                        else
                            delete m.greenSeed;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.doorSeed = v;
                        else
                            delete m.doorSeed;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.seedTimestamp = v;
                        else
                            delete m.seedTimestamp;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.players && m.players.length))
                            m.players = [];
                        m.players.push($root.zonebus.ArenaPlayerState.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if (!(m.entering && m.entering.length))
                            m.entering = [];
                        m.entering.push($root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaSnapshot message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaSnapshot & zonebus.ArenaSnapshot.$Shape} ArenaSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaSnapshot.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaSnapshot message.
         * @function verify
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaSnapshot.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.final != null && $Object.hasOwnProperty.call(m, "final")) {
                if (typeof m.final !== "boolean")
                    return "final: boolean expected";
            }
            if (m.takenMs != null && $Object.hasOwnProperty.call(m, "takenMs")) {
                if (typeof m.takenMs !== "number")
                    return "takenMs: number expected";
            }
            if (m.greenSeed != null && $Object.hasOwnProperty.call(m, "greenSeed")) {
                if (!$util.isInteger(m.greenSeed))
                    return "greenSeed: integer expected";
            }
            if (m.doorSeed != null && $Object.hasOwnProperty.call(m, "doorSeed")) {
                if (!$util.isInteger(m.doorSeed))
                    return "doorSeed: integer expected";
            }
            if (m.seedTimestamp != null && $Object.hasOwnProperty.call(m, "seedTimestamp")) {
                if (!$util.isInteger(m.seedTimestamp))
                    return "seedTimestamp: integer expected";
            }
            if (m.players != null && $Object.hasOwnProperty.call(m, "players")) {
                if (!$Array.isArray(m.players))
                    return "players: array expected";
                for (var i = 0; i < m.players.length; ++i) {
                    {
                        var e = $root.zonebus.ArenaPlayerState.verify(m.players[i], q + 1);
                        if (e)
                            return "players." + e;
                    }
                }
            }
            if (m.entering != null && $Object.hasOwnProperty.call(m, "entering")) {
                if (!$Array.isArray(m.entering))
                    return "entering: array expected";
                for (var i = 0; i < m.entering.length; ++i) {
                    {
                        var e = $root.zonebus.PlayerInfo.verify(m.entering[i], q + 1);
                        if (e)
                            return "entering." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an ArenaSnapshot message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaSnapshot} ArenaSnapshot
         */
        ArenaSnapshot.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaSnapshot)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaSnapshot: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaSnapshot();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.final != null) {
                if (d.final) {
                    m.final = $Boolean(d.final);
                }
            }
            if (d.takenMs != null) {
                if (!$Object.is($Number(d.takenMs), 0)) {
                    m.takenMs = $Number(d.takenMs);
                }
            }
            if (d.greenSeed != null) {
                if ($Number(d.greenSeed) !== 0) {
                    m.greenSeed = d.greenSeed >>> 0;
                }
            }
            if (d.doorSeed != null) {
                if ($Number(d.doorSeed) !== 0) {
                    m.doorSeed = d.doorSeed >>> 0;
                }
            }
            if (d.seedTimestamp != null) {
                if ($Number(d.seedTimestamp) !== 0) {
                    m.seedTimestamp = d.seedTimestamp >>> 0;
                }
            }
            if (d.players) {
                if (!$Array.isArray(d.players))
                    throw $TypeError(".zonebus.ArenaSnapshot.players: array expected");
                m.players = $Array(d.players.length);
                for (var i = 0; i < d.players.length; ++i) {
                    if (!$util.isObject(d.players[i]))
                        throw $TypeError(".zonebus.ArenaSnapshot.players: object expected");
                    m.players[i] = $root.zonebus.ArenaPlayerState.fromObject(d.players[i], q + 1);
                }
            }
            if (d.entering) {
                if (!$Array.isArray(d.entering))
                    throw $TypeError(".zonebus.ArenaSnapshot.entering: array expected");
                m.entering = $Array(d.entering.length);
                for (var i = 0; i < d.entering.length; ++i) {
                    if (!$util.isObject(d.entering[i]))
                        throw $TypeError(".zonebus.ArenaSnapshot.entering: object expected");
                    m.entering[i] = $root.zonebus.PlayerInfo.fromObject(d.entering[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaSnapshot message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {zonebus.ArenaSnapshot} m ArenaSnapshot
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaSnapshot.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.players = [];
                d.entering = [];
            }
            if (o.defaults) {
                d.arena = "";
                d.owner = "";
                d.final = false;
                d.takenMs = 0;
                d.greenSeed = 0;
                d.doorSeed = 0;
                d.seedTimestamp = 0;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.final != null && $Object.hasOwnProperty.call(m, "final")) {
                d.final = m.final;
            }
            if (m.takenMs != null && $Object.hasOwnProperty.call(m, "takenMs")) {
                d.takenMs = o.json && !$isFinite(m.takenMs) ? $String(m.takenMs) : m.takenMs;
            }
            if (m.greenSeed != null && $Object.hasOwnProperty.call(m, "greenSeed")) {
                d.greenSeed = m.greenSeed;
            }
            if (m.doorSeed != null && $Object.hasOwnProperty.call(m, "doorSeed")) {
                d.doorSeed = m.doorSeed;
            }
            if (m.seedTimestamp != null && $Object.hasOwnProperty.call(m, "seedTimestamp")) {
                d.seedTimestamp = m.seedTimestamp;
            }
            if (m.players && m.players.length) {
                d.players = $Array(m.players.length);
                for (var j = 0; j < m.players.length; ++j) {
                    d.players[j] = $root.zonebus.ArenaPlayerState.toObject(m.players[j], o, q + 1);
                }
            }
            if (m.entering && m.entering.length) {
                d.entering = $Array(m.entering.length);
                for (var j = 0; j < m.entering.length; ++j) {
                    d.entering[j] = $root.zonebus.PlayerInfo.toObject(m.entering[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ArenaSnapshot to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaSnapshot
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaSnapshot.prototype.toJSON = function() {
            return ArenaSnapshot.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaSnapshot
         * @function getTypeUrl
         * @memberof zonebus.ArenaSnapshot
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaSnapshot.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaSnapshot";
        };

        return ArenaSnapshot;
    })();

    zonebus.ArenaPlayerState = (function() {

        /**
         * Properties of an ArenaPlayerState.
         * @typedef {Object} zonebus.ArenaPlayerState.$Properties
         * @property {zonebus.PlayerInfo.$Properties|null} [info] ArenaPlayerState info
         * @property {number|null} [ship] ArenaPlayerState ship
         * @property {number|null} [freq] ArenaPlayerState freq
         * @property {number|null} [killPoints] ArenaPlayerState killPoints
         * @property {number|null} [flagPoints] ArenaPlayerState flagPoints
         * @property {number|null} [kills] ArenaPlayerState kills
         * @property {number|null} [deaths] ArenaPlayerState deaths
         * @property {number|null} [bounty] ArenaPlayerState bounty
         * @property {number|null} [attachedTo] ArenaPlayerState attachedTo
         * @property {number|null} [x] ArenaPlayerState x
         * @property {number|null} [y] ArenaPlayerState y
         * @property {number|null} [lastPositionTime] ArenaPlayerState lastPositionTime
         * @property {number|null} [spectating] ArenaPlayerState spectating
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaPlayerState.
         * @memberof zonebus
         * @interface IArenaPlayerState
         * @augments zonebus.ArenaPlayerState.$Properties
         * @deprecated Use zonebus.ArenaPlayerState.$Properties instead.
         */

        /**
         * Shape of an ArenaPlayerState.
         * @typedef {zonebus.ArenaPlayerState.$Properties} zonebus.ArenaPlayerState.$Shape
         */

        /**
         * Constructs a new ArenaPlayerState.
         * @memberof zonebus
         * @classdesc Represents an ArenaPlayerState.
         * @constructor
         * @param {zonebus.ArenaPlayerState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaPlayerState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaPlayerState info.
         * @member {zonebus.PlayerInfo.$Properties|null|undefined} info
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.info = null;

        /**
         * ArenaPlayerState ship.
         * @member {number} ship
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.ship = 0;

        /**
         * ArenaPlayerState freq.
         * @member {number} freq
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.freq = 0;

        /**
         * ArenaPlayerState killPoints.
         * @member {number} killPoints
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.killPoints = 0;

        /**
         * ArenaPlayerState flagPoints.
         * @member {number} flagPoints
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.flagPoints = 0;

        /**
         * ArenaPlayerState kills.
         * @member {number} kills
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.kills = 0;

        /**
         * ArenaPlayerState deaths.
         * @member {number} deaths
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.deaths = 0;

        /**
         * ArenaPlayerState bounty.
         * @member {number} bounty
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.bounty = 0;

        /**
         * ArenaPlayerState attachedTo.
         * @member {number} attachedTo
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.attachedTo = 0;

        /**
         * ArenaPlayerState x.
         * @member {number} x
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.x = 0;

        /**
         * ArenaPlayerState y.
         * @member {number} y
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.y = 0;

        /**
         * ArenaPlayerState lastPositionTime.
         * @member {number} lastPositionTime
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.lastPositionTime = 0;

        /**
         * ArenaPlayerState spectating.
         * @member {number} spectating
         * @memberof zonebus.ArenaPlayerState
         * @instance
         */
        ArenaPlayerState.prototype.spectating = 0;

        /**
         * Creates a new ArenaPlayerState instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {zonebus.ArenaPlayerState.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaPlayerState} ArenaPlayerState instance
         * @type {{
         *   (properties: zonebus.ArenaPlayerState.$Shape): zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape;
         *   (properties?: zonebus.ArenaPlayerState.$Properties): zonebus.ArenaPlayerState;
         * }}
         */
        ArenaPlayerState.create = function(properties) {
            return new ArenaPlayerState(properties);
        };

        /**
         * Encodes the specified ArenaPlayerState message. Does not implicitly {@link zonebus.ArenaPlayerState.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {zonebus.ArenaPlayerState.$Properties} m ArenaPlayerState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaPlayerState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.info != null && $Object.hasOwnProperty.call(m, "info"))
                $root.zonebus.PlayerInfo.encode(m.info, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship") && m.ship !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.ship);
            if (m.freq != null && $Object.hasOwnProperty.call(m, "freq") && m.freq !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.freq);
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints") && m.killPoints !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.killPoints);
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints") && m.flagPoints !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.flagPoints);
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills") && m.kills !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.kills);
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths") && m.deaths !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.deaths);
            if (m.bounty != null && $Object.hasOwnProperty.call(m, "bounty") && m.bounty !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.bounty);
            if (m.attachedTo != null && $Object.hasOwnProperty.call(m, "attachedTo") && m.attachedTo !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).int32(m.attachedTo);
            if (m.x != null && $Object.hasOwnProperty.call(m, "x") && m.x !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).int32(m.x);
            if (m.y != null && $Object.hasOwnProperty.call(m, "y") && m.y !== 0)
                w.uint32(/* id 11, wireType 0 =*/88).int32(m.y);
            if (m.lastPositionTime != null && $Object.hasOwnProperty.call(m, "lastPositionTime") && m.lastPositionTime !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.lastPositionTime);
            if (m.spectating != null && $Object.hasOwnProperty.call(m, "spectating") && m.spectating !== 0)
                w.uint32(/* id 13, wireType 0 =*/104).int32(m.spectating);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaPlayerState message, length delimited. Does not implicitly {@link zonebus.ArenaPlayerState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {zonebus.ArenaPlayerState.$Properties} message ArenaPlayerState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaPlayerState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaPlayerState message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape} ArenaPlayerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaPlayerState.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaPlayerState();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.info = $root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1, m.info);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.ship = v;
                        else
                            delete m.ship;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.freq = v;
                        else
                            delete m.freq;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.killPoints = v;
                        else
                            delete m.killPoints;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.flagPoints = v;
                        else
                            delete m.flagPoints;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.kills = v;
                        else
                            delete m.kills;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.deaths = v;
                        else
                            delete m.deaths;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.bounty = v;
                        else
                            delete m.bounty;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.attachedTo = v;
                        else
                            delete m.attachedTo;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.x = v;
                        else
                            delete m.x;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.y = v;
                        else
                            delete m.y;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.lastPositionTime = v;
                        else
                            delete m.lastPositionTime;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.spectating = v;
                        else
                            delete m.spectating;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaPlayerState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaPlayerState & zonebus.ArenaPlayerState.$Shape} ArenaPlayerState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaPlayerState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaPlayerState message.
         * @function verify
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaPlayerState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                {
                    var e = $root.zonebus.PlayerInfo.verify(m.info, q + 1);
                    if (e)
                        return "info." + e;
                }
            }
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship")) {
                if (!$util.isInteger(m.ship))
                    return "ship: integer expected";
            }
            if (m.freq != null && $Object.hasOwnProperty.call(m, "freq")) {
                if (!$util.isInteger(m.freq))
                    return "freq: integer expected";
            }
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                if (!$util.isInteger(m.killPoints))
                    return "killPoints: integer expected";
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                if (!$util.isInteger(m.flagPoints))
                    return "flagPoints: integer expected";
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                if (!$util.isInteger(m.kills))
                    return "kills: integer expected";
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                if (!$util.isInteger(m.deaths))
                    return "deaths: integer expected";
            }
            if (m.bounty != null && $Object.hasOwnProperty.call(m, "bounty")) {
                if (!$util.isInteger(m.bounty))
                    return "bounty: integer expected";
            }
            if (m.attachedTo != null && $Object.hasOwnProperty.call(m, "attachedTo")) {
                if (!$util.isInteger(m.attachedTo))
                    return "attachedTo: integer expected";
            }
            if (m.x != null && $Object.hasOwnProperty.call(m, "x")) {
                if (!$util.isInteger(m.x))
                    return "x: integer expected";
            }
            if (m.y != null && $Object.hasOwnProperty.call(m, "y")) {
                if (!$util.isInteger(m.y))
                    return "y: integer expected";
            }
            if (m.lastPositionTime != null && $Object.hasOwnProperty.call(m, "lastPositionTime")) {
                if (!$util.isInteger(m.lastPositionTime))
                    return "lastPositionTime: integer expected";
            }
            if (m.spectating != null && $Object.hasOwnProperty.call(m, "spectating")) {
                if (!$util.isInteger(m.spectating))
                    return "spectating: integer expected";
            }
            return null;
        };

        /**
         * Creates an ArenaPlayerState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaPlayerState} ArenaPlayerState
         */
        ArenaPlayerState.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaPlayerState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaPlayerState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaPlayerState();
            if (d.info != null) {
                if (!$util.isObject(d.info))
                    throw $TypeError(".zonebus.ArenaPlayerState.info: object expected");
                m.info = $root.zonebus.PlayerInfo.fromObject(d.info, q + 1);
            }
            if (d.ship != null) {
                if ($Number(d.ship) !== 0) {
                    m.ship = d.ship >>> 0;
                }
            }
            if (d.freq != null) {
                if ($Number(d.freq) !== 0) {
                    m.freq = d.freq >>> 0;
                }
            }
            if (d.killPoints != null) {
                if ($Number(d.killPoints) !== 0) {
                    m.killPoints = d.killPoints >>> 0;
                }
            }
            if (d.flagPoints != null) {
                if ($Number(d.flagPoints) !== 0) {
                    m.flagPoints = d.flagPoints >>> 0;
                }
            }
            if (d.kills != null) {
                if ($Number(d.kills) !== 0) {
                    m.kills = d.kills >>> 0;
                }
            }
            if (d.deaths != null) {
                if ($Number(d.deaths) !== 0) {
                    m.deaths = d.deaths >>> 0;
                }
            }
            if (d.bounty != null) {
                if ($Number(d.bounty) !== 0) {
                    m.bounty = d.bounty >>> 0;
                }
            }
            if (d.attachedTo != null) {
                if ($Number(d.attachedTo) !== 0) {
                    m.attachedTo = d.attachedTo | 0;
                }
            }
            if (d.x != null) {
                if ($Number(d.x) !== 0) {
                    m.x = d.x | 0;
                }
            }
            if (d.y != null) {
                if ($Number(d.y) !== 0) {
                    m.y = d.y | 0;
                }
            }
            if (d.lastPositionTime != null) {
                if ($Number(d.lastPositionTime) !== 0) {
                    m.lastPositionTime = d.lastPositionTime >>> 0;
                }
            }
            if (d.spectating != null) {
                if ($Number(d.spectating) !== 0) {
                    m.spectating = d.spectating | 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaPlayerState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {zonebus.ArenaPlayerState} m ArenaPlayerState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaPlayerState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.info = null;
                d.ship = 0;
                d.freq = 0;
                d.killPoints = 0;
                d.flagPoints = 0;
                d.kills = 0;
                d.deaths = 0;
                d.bounty = 0;
                d.attachedTo = 0;
                d.x = 0;
                d.y = 0;
                d.lastPositionTime = 0;
                d.spectating = 0;
            }
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                d.info = $root.zonebus.PlayerInfo.toObject(m.info, o, q + 1);
            }
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship")) {
                d.ship = m.ship;
            }
            if (m.freq != null && $Object.hasOwnProperty.call(m, "freq")) {
                d.freq = m.freq;
            }
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                d.killPoints = m.killPoints;
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                d.flagPoints = m.flagPoints;
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                d.kills = m.kills;
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                d.deaths = m.deaths;
            }
            if (m.bounty != null && $Object.hasOwnProperty.call(m, "bounty")) {
                d.bounty = m.bounty;
            }
            if (m.attachedTo != null && $Object.hasOwnProperty.call(m, "attachedTo")) {
                d.attachedTo = m.attachedTo;
            }
            if (m.x != null && $Object.hasOwnProperty.call(m, "x")) {
                d.x = m.x;
            }
            if (m.y != null && $Object.hasOwnProperty.call(m, "y")) {
                d.y = m.y;
            }
            if (m.lastPositionTime != null && $Object.hasOwnProperty.call(m, "lastPositionTime")) {
                d.lastPositionTime = m.lastPositionTime;
            }
            if (m.spectating != null && $Object.hasOwnProperty.call(m, "spectating")) {
                d.spectating = m.spectating;
            }
            return d;
        };

        /**
         * Converts this ArenaPlayerState to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaPlayerState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaPlayerState.prototype.toJSON = function() {
            return ArenaPlayerState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaPlayerState
         * @function getTypeUrl
         * @memberof zonebus.ArenaPlayerState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaPlayerState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaPlayerState";
        };

        return ArenaPlayerState;
    })();

    zonebus.ArenaLease = (function() {

        /**
         * Properties of an ArenaLease.
         * @typedef {Object} zonebus.ArenaLease.$Properties
         * @property {string|null} [arena] ArenaLease arena
         * @property {string|null} [owner] ArenaLease owner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaLease.
         * @memberof zonebus
         * @interface IArenaLease
         * @augments zonebus.ArenaLease.$Properties
         * @deprecated Use zonebus.ArenaLease.$Properties instead.
         */

        /**
         * Shape of an ArenaLease.
         * @typedef {zonebus.ArenaLease.$Properties} zonebus.ArenaLease.$Shape
         */

        /**
         * Constructs a new ArenaLease.
         * @memberof zonebus
         * @classdesc Represents an ArenaLease.
         * @constructor
         * @param {zonebus.ArenaLease.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaLease = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaLease arena.
         * @member {string} arena
         * @memberof zonebus.ArenaLease
         * @instance
         */
        ArenaLease.prototype.arena = "";

        /**
         * ArenaLease owner.
         * @member {string} owner
         * @memberof zonebus.ArenaLease
         * @instance
         */
        ArenaLease.prototype.owner = "";

        /**
         * Creates a new ArenaLease instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaLease
         * @static
         * @param {zonebus.ArenaLease.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaLease} ArenaLease instance
         * @type {{
         *   (properties: zonebus.ArenaLease.$Shape): zonebus.ArenaLease & zonebus.ArenaLease.$Shape;
         *   (properties?: zonebus.ArenaLease.$Properties): zonebus.ArenaLease;
         * }}
         */
        ArenaLease.create = function(properties) {
            return new ArenaLease(properties);
        };

        /**
         * Encodes the specified ArenaLease message. Does not implicitly {@link zonebus.ArenaLease.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaLease
         * @static
         * @param {zonebus.ArenaLease.$Properties} m ArenaLease message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaLease.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.arena);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaLease message, length delimited. Does not implicitly {@link zonebus.ArenaLease.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaLease
         * @static
         * @param {zonebus.ArenaLease.$Properties} message ArenaLease message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaLease.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaLease message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaLease
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaLease & zonebus.ArenaLease.$Shape} ArenaLease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaLease.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaLease();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaLease message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaLease
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaLease & zonebus.ArenaLease.$Shape} ArenaLease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaLease.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaLease message.
         * @function verify
         * @memberof zonebus.ArenaLease
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaLease.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            return null;
        };

        /**
         * Creates an ArenaLease message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaLease
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaLease} ArenaLease
         */
        ArenaLease.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaLease)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaLease: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaLease();
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaLease message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaLease
         * @static
         * @param {zonebus.ArenaLease} m ArenaLease
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaLease.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.arena = "";
                d.owner = "";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            return d;
        };

        /**
         * Converts this ArenaLease to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaLease
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaLease.prototype.toJSON = function() {
            return ArenaLease.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaLease
         * @function getTypeUrl
         * @memberof zonebus.ArenaLease
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaLease.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaLease";
        };

        return ArenaLease;
    })();

    zonebus.ArenaInput = (function() {

        /**
         * Properties of an ArenaInput.
         * @typedef {Object} zonebus.ArenaInput.$Properties
         * @property {zonebus.PlayerInfo.$Properties|null} [enter] ArenaInput enter
         * @property {number|null} [leavePid] ArenaInput leavePid
         * @property {zonebus.ClientPacket.$Properties|null} [packet] ArenaInput packet
         * @property {zonebus.ArenaChat.$Properties|null} [chat] ArenaInput chat
         * @property {boolean|null} [scoreReset] ArenaInput scoreReset
         * @property {"enter"|"leavePid"|"packet"|"chat"|"scoreReset"} [kind] ArenaInput kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaInput.
         * @memberof zonebus
         * @interface IArenaInput
         * @augments zonebus.ArenaInput.$Properties
         * @deprecated Use zonebus.ArenaInput.$Properties instead.
         */

        /**
         * Narrowed shape of an ArenaInput.
         * @typedef {{
         *   enter?: zonebus.PlayerInfo.$Shape|null;
         *   leavePid?: number|null;
         *   packet?: zonebus.ClientPacket.$Shape|null;
         *   chat?: zonebus.ArenaChat.$Shape|null;
         *   scoreReset?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; enter?: null; leavePid?: null; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "enter"; enter: zonebus.PlayerInfo.$Shape; leavePid?: null; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "leavePid"; enter?: null; leavePid: number; packet?: null; chat?: null; scoreReset?: null }|{ kind?: "packet"; enter?: null; leavePid?: null; packet: zonebus.ClientPacket.$Shape; chat?: null; scoreReset?: null }|{ kind?: "chat"; enter?: null; leavePid?: null; packet?: null; chat: zonebus.ArenaChat.$Shape; scoreReset?: null }|{ kind?: "scoreReset"; enter?: null; leavePid?: null; packet?: null; chat?: null; scoreReset: boolean })
         * )} zonebus.ArenaInput.$Shape
         */

        /**
         * Constructs a new ArenaInput.
         * @memberof zonebus
         * @classdesc Represents an ArenaInput.
         * @constructor
         * @param {zonebus.ArenaInput.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaInput = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaInput enter.
         * @member {zonebus.PlayerInfo.$Properties|null|undefined} enter
         * @memberof zonebus.ArenaInput
         * @instance
         */
        ArenaInput.prototype.enter = null;

        /**
         * ArenaInput leavePid.
         * @member {number|null|undefined} leavePid
         * @memberof zonebus.ArenaInput
         * @instance
         */
        ArenaInput.prototype.leavePid = null;

        /**
         * ArenaInput packet.
         * @member {zonebus.ClientPacket.$Properties|null|undefined} packet
         * @memberof zonebus.ArenaInput
         * @instance
         */
        ArenaInput.prototype.packet = null;

        /**
         * ArenaInput chat.
         * @member {zonebus.ArenaChat.$Properties|null|undefined} chat
         * @memberof zonebus.ArenaInput
         * @instance
         */
        ArenaInput.prototype.chat = null;

        /**
         * ArenaInput scoreReset.
         * @member {boolean|null|undefined} scoreReset
         * @memberof zonebus.ArenaInput
         * @instance
         */
        ArenaInput.prototype.scoreReset = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ArenaInput kind.
         * @member {"enter"|"leavePid"|"packet"|"chat"|"scoreReset"|undefined} kind
         * @memberof zonebus.ArenaInput
         * @instance
         */
        $Object.defineProperty(ArenaInput.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["enter", "leavePid", "packet", "chat", "scoreReset"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ArenaInput instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaInput
         * @static
         * @param {zonebus.ArenaInput.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaInput} ArenaInput instance
         * @type {{
         *   (properties: zonebus.ArenaInput.$Shape): zonebus.ArenaInput & zonebus.ArenaInput.$Shape;
         *   (properties?: zonebus.ArenaInput.$Properties): zonebus.ArenaInput;
         * }}
         */
        ArenaInput.create = function(properties) {
            return new ArenaInput(properties);
        };

        /**
         * Encodes the specified ArenaInput message. Does not implicitly {@link zonebus.ArenaInput.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaInput
         * @static
         * @param {zonebus.ArenaInput.$Properties} m ArenaInput message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaInput.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.enter != null && $Object.hasOwnProperty.call(m, "enter"))
                $root.zonebus.PlayerInfo.encode(m.enter, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.leavePid != null && $Object.hasOwnProperty.call(m, "leavePid"))
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.leavePid);
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet"))
                $root.zonebus.ClientPacket.encode(m.packet, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat"))
                $root.zonebus.ArenaChat.encode(m.chat, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset"))
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.scoreReset);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaInput message, length delimited. Does not implicitly {@link zonebus.ArenaInput.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaInput
         * @static
         * @param {zonebus.ArenaInput.$Properties} message ArenaInput message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaInput.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaInput message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaInput
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaInput & zonebus.ArenaInput.$Shape} ArenaInput
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaInput.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaInput();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.enter = $root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1, m.enter);
                        m.kind = "enter";
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.leavePid = r.uint32();
                        m.kind = "leavePid";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.packet = $root.zonebus.ClientPacket.decode(r, r.size(), $undefined, q + 1, m.packet);
                        m.kind = "packet";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.chat = $root.zonebus.ArenaChat.decode(r, r.size(), $undefined, q + 1, m.chat);
                        m.kind = "chat";
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.scoreReset = r.bool();
                        m.kind = "scoreReset";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaInput message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaInput
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaInput & zonebus.ArenaInput.$Shape} ArenaInput
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaInput.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaInput message.
         * @function verify
         * @memberof zonebus.ArenaInput
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaInput.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.enter != null && $Object.hasOwnProperty.call(m, "enter")) {
                p.kind = 1;
                {
                    var e = $root.zonebus.PlayerInfo.verify(m.enter, q + 1);
                    if (e)
                        return "enter." + e;
                }
            }
            if (m.leavePid != null && $Object.hasOwnProperty.call(m, "leavePid")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                if (!$util.isInteger(m.leavePid))
                    return "leavePid: integer expected";
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.zonebus.ClientPacket.verify(m.packet, q + 1);
                    if (e)
                        return "packet." + e;
                }
            }
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                {
                    var e = $root.zonebus.ArenaChat.verify(m.chat, q + 1);
                    if (e)
                        return "chat." + e;
                }
            }
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset")) {
                if (p.kind === 1)
                    return "kind: multiple values";
                p.kind = 1;
                if (typeof m.scoreReset !== "boolean")
                    return "scoreReset: boolean expected";
            }
            return null;
        };

        /**
         * Creates an ArenaInput message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaInput
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaInput} ArenaInput
         */
        ArenaInput.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaInput)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaInput: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaInput();
            if (d.enter != null) {
                if (!$util.isObject(d.enter))
                    throw $TypeError(".zonebus.ArenaInput.enter: object expected");
                m.enter = $root.zonebus.PlayerInfo.fromObject(d.enter, q + 1);
            }
            if (d.leavePid != null) {
                m.leavePid = d.leavePid >>> 0;
            }
            if (d.packet != null) {
                if (!$util.isObject(d.packet))
                    throw $TypeError(".zonebus.ArenaInput.packet: object expected");
                m.packet = $root.zonebus.ClientPacket.fromObject(d.packet, q + 1);
            }
            if (d.chat != null) {
                if (!$util.isObject(d.chat))
                    throw $TypeError(".zonebus.ArenaInput.chat: object expected");
                m.chat = $root.zonebus.ArenaChat.fromObject(d.chat, q + 1);
            }
            if (d.scoreReset != null) {
                m.scoreReset = $Boolean(d.scoreReset);
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaInput message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaInput
         * @static
         * @param {zonebus.ArenaInput} m ArenaInput
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaInput.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.enter != null && $Object.hasOwnProperty.call(m, "enter")) {
                d.enter = $root.zonebus.PlayerInfo.toObject(m.enter, o, q + 1);
                if (o.oneofs)
                    d.kind = "enter";
            }
            if (m.leavePid != null && $Object.hasOwnProperty.call(m, "leavePid")) {
                d.leavePid = m.leavePid;
                if (o.oneofs)
                    d.kind = "leavePid";
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                d.packet = $root.zonebus.ClientPacket.toObject(m.packet, o, q + 1);
                if (o.oneofs)
                    d.kind = "packet";
            }
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat")) {
                d.chat = $root.zonebus.ArenaChat.toObject(m.chat, o, q + 1);
                if (o.oneofs)
                    d.kind = "chat";
            }
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset")) {
                d.scoreReset = m.scoreReset;
                if (o.oneofs)
                    d.kind = "scoreReset";
            }
            return d;
        };

        /**
         * Converts this ArenaInput to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaInput
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaInput.prototype.toJSON = function() {
            return ArenaInput.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaInput
         * @function getTypeUrl
         * @memberof zonebus.ArenaInput
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaInput.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaInput";
        };

        return ArenaInput;
    })();

    zonebus.ArenaInputBatch = (function() {

        /**
         * Properties of an ArenaInputBatch.
         * @typedef {Object} zonebus.ArenaInputBatch.$Properties
         * @property {Array.<zonebus.ArenaInput.$Properties>|null} [inputs] ArenaInputBatch inputs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaInputBatch.
         * @memberof zonebus
         * @interface IArenaInputBatch
         * @augments zonebus.ArenaInputBatch.$Properties
         * @deprecated Use zonebus.ArenaInputBatch.$Properties instead.
         */

        /**
         * Shape of an ArenaInputBatch.
         * @typedef {{
         *   inputs?: Array.<zonebus.ArenaInput.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} zonebus.ArenaInputBatch.$Shape
         */

        /**
         * Constructs a new ArenaInputBatch.
         * @memberof zonebus
         * @classdesc Represents an ArenaInputBatch.
         * @constructor
         * @param {zonebus.ArenaInputBatch.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaInputBatch = function (p) {
            this.inputs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaInputBatch inputs.
         * @member {Array.<zonebus.ArenaInput.$Properties>} inputs
         * @memberof zonebus.ArenaInputBatch
         * @instance
         */
        ArenaInputBatch.prototype.inputs = $util.emptyArray;

        /**
         * Creates a new ArenaInputBatch instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {zonebus.ArenaInputBatch.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaInputBatch} ArenaInputBatch instance
         * @type {{
         *   (properties: zonebus.ArenaInputBatch.$Shape): zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape;
         *   (properties?: zonebus.ArenaInputBatch.$Properties): zonebus.ArenaInputBatch;
         * }}
         */
        ArenaInputBatch.create = function(properties) {
            return new ArenaInputBatch(properties);
        };

        /**
         * Encodes the specified ArenaInputBatch message. Does not implicitly {@link zonebus.ArenaInputBatch.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {zonebus.ArenaInputBatch.$Properties} m ArenaInputBatch message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaInputBatch.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.inputs != null && m.inputs.length) {
                for (var i = 0; i < m.inputs.length; ++i)
                    $root.zonebus.ArenaInput.encode(m.inputs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaInputBatch message, length delimited. Does not implicitly {@link zonebus.ArenaInputBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {zonebus.ArenaInputBatch.$Properties} message ArenaInputBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaInputBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaInputBatch message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape} ArenaInputBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaInputBatch.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaInputBatch();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.inputs && m.inputs.length))
                            m.inputs = [];
                        m.inputs.push($root.zonebus.ArenaInput.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaInputBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaInputBatch & zonebus.ArenaInputBatch.$Shape} ArenaInputBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaInputBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaInputBatch message.
         * @function verify
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaInputBatch.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.inputs != null && $Object.hasOwnProperty.call(m, "inputs")) {
                if (!$Array.isArray(m.inputs))
                    return "inputs: array expected";
                for (var i = 0; i < m.inputs.length; ++i) {
                    {
                        var e = $root.zonebus.ArenaInput.verify(m.inputs[i], q + 1);
                        if (e)
                            return "inputs." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an ArenaInputBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaInputBatch} ArenaInputBatch
         */
        ArenaInputBatch.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaInputBatch)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaInputBatch: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaInputBatch();
            if (d.inputs) {
                if (!$Array.isArray(d.inputs))
                    throw $TypeError(".zonebus.ArenaInputBatch.inputs: array expected");
                m.inputs = $Array(d.inputs.length);
                for (var i = 0; i < d.inputs.length; ++i) {
                    if (!$util.isObject(d.inputs[i]))
                        throw $TypeError(".zonebus.ArenaInputBatch.inputs: object expected");
                    m.inputs[i] = $root.zonebus.ArenaInput.fromObject(d.inputs[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaInputBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {zonebus.ArenaInputBatch} m ArenaInputBatch
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaInputBatch.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.inputs = [];
            }
            if (m.inputs && m.inputs.length) {
                d.inputs = $Array(m.inputs.length);
                for (var j = 0; j < m.inputs.length; ++j) {
                    d.inputs[j] = $root.zonebus.ArenaInput.toObject(m.inputs[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ArenaInputBatch to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaInputBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaInputBatch.prototype.toJSON = function() {
            return ArenaInputBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaInputBatch
         * @function getTypeUrl
         * @memberof zonebus.ArenaInputBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaInputBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaInputBatch";
        };

        return ArenaInputBatch;
    })();

    zonebus.ClientPacket = (function() {

        /**
         * Properties of a ClientPacket.
         * @typedef {Object} zonebus.ClientPacket.$Properties
         * @property {number|null} [pid] ClientPacket pid
         * @property {Uint8Array|null} [data] ClientPacket data
         * @property {number|null} [gatewayTicks] ClientPacket gatewayTicks
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientPacket.
         * @memberof zonebus
         * @interface IClientPacket
         * @augments zonebus.ClientPacket.$Properties
         * @deprecated Use zonebus.ClientPacket.$Properties instead.
         */

        /**
         * Shape of a ClientPacket.
         * @typedef {zonebus.ClientPacket.$Properties} zonebus.ClientPacket.$Shape
         */

        /**
         * Constructs a new ClientPacket.
         * @memberof zonebus
         * @classdesc Represents a ClientPacket.
         * @constructor
         * @param {zonebus.ClientPacket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientPacket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ClientPacket pid.
         * @member {number} pid
         * @memberof zonebus.ClientPacket
         * @instance
         */
        ClientPacket.prototype.pid = 0;

        /**
         * ClientPacket data.
         * @member {Uint8Array} data
         * @memberof zonebus.ClientPacket
         * @instance
         */
        ClientPacket.prototype.data = $util.newBuffer([]);

        /**
         * ClientPacket gatewayTicks.
         * @member {number} gatewayTicks
         * @memberof zonebus.ClientPacket
         * @instance
         */
        ClientPacket.prototype.gatewayTicks = 0;

        /**
         * Creates a new ClientPacket instance using the specified properties.
         * @function create
         * @memberof zonebus.ClientPacket
         * @static
         * @param {zonebus.ClientPacket.$Properties=} [properties] Properties to set
         * @returns {zonebus.ClientPacket} ClientPacket instance
         * @type {{
         *   (properties: zonebus.ClientPacket.$Shape): zonebus.ClientPacket & zonebus.ClientPacket.$Shape;
         *   (properties?: zonebus.ClientPacket.$Properties): zonebus.ClientPacket;
         * }}
         */
        ClientPacket.create = function(properties) {
            return new ClientPacket(properties);
        };

        /**
         * Encodes the specified ClientPacket message. Does not implicitly {@link zonebus.ClientPacket.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ClientPacket
         * @static
         * @param {zonebus.ClientPacket.$Properties} m ClientPacket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientPacket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.gatewayTicks != null && $Object.hasOwnProperty.call(m, "gatewayTicks") && m.gatewayTicks !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.gatewayTicks);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ClientPacket message, length delimited. Does not implicitly {@link zonebus.ClientPacket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ClientPacket
         * @static
         * @param {zonebus.ClientPacket.$Properties} message ClientPacket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientPacket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientPacket message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ClientPacket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ClientPacket & zonebus.ClientPacket.$Shape} ClientPacket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientPacket.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ClientPacket();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.gatewayTicks = v;
                        else
                            delete m.gatewayTicks;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ClientPacket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ClientPacket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ClientPacket & zonebus.ClientPacket.$Shape} ClientPacket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientPacket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClientPacket message.
         * @function verify
         * @memberof zonebus.ClientPacket
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClientPacket.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            if (m.gatewayTicks != null && $Object.hasOwnProperty.call(m, "gatewayTicks")) {
                if (!$util.isInteger(m.gatewayTicks))
                    return "gatewayTicks: integer expected";
            }
            return null;
        };

        /**
         * Creates a ClientPacket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ClientPacket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ClientPacket} ClientPacket
         */
        ClientPacket.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ClientPacket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ClientPacket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ClientPacket();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            if (d.gatewayTicks != null) {
                if ($Number(d.gatewayTicks) !== 0) {
                    m.gatewayTicks = d.gatewayTicks >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ClientPacket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ClientPacket
         * @static
         * @param {zonebus.ClientPacket} m ClientPacket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientPacket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
                d.gatewayTicks = 0;
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            if (m.gatewayTicks != null && $Object.hasOwnProperty.call(m, "gatewayTicks")) {
                d.gatewayTicks = m.gatewayTicks;
            }
            return d;
        };

        /**
         * Converts this ClientPacket to JSON.
         * @function toJSON
         * @memberof zonebus.ClientPacket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientPacket.prototype.toJSON = function() {
            return ClientPacket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientPacket
         * @function getTypeUrl
         * @memberof zonebus.ClientPacket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientPacket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ClientPacket";
        };

        return ClientPacket;
    })();

    zonebus.ArenaChat = (function() {

        /**
         * Properties of an ArenaChat.
         * @typedef {Object} zonebus.ArenaChat.$Properties
         * @property {number|null} [targetPid] ArenaChat targetPid
         * @property {Uint8Array|null} [packet] ArenaChat packet
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaChat.
         * @memberof zonebus
         * @interface IArenaChat
         * @augments zonebus.ArenaChat.$Properties
         * @deprecated Use zonebus.ArenaChat.$Properties instead.
         */

        /**
         * Shape of an ArenaChat.
         * @typedef {zonebus.ArenaChat.$Properties} zonebus.ArenaChat.$Shape
         */

        /**
         * Constructs a new ArenaChat.
         * @memberof zonebus
         * @classdesc Represents an ArenaChat.
         * @constructor
         * @param {zonebus.ArenaChat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaChat = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaChat targetPid.
         * @member {number} targetPid
         * @memberof zonebus.ArenaChat
         * @instance
         */
        ArenaChat.prototype.targetPid = 0;

        /**
         * ArenaChat packet.
         * @member {Uint8Array} packet
         * @memberof zonebus.ArenaChat
         * @instance
         */
        ArenaChat.prototype.packet = $util.newBuffer([]);

        /**
         * Creates a new ArenaChat instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaChat
         * @static
         * @param {zonebus.ArenaChat.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaChat} ArenaChat instance
         * @type {{
         *   (properties: zonebus.ArenaChat.$Shape): zonebus.ArenaChat & zonebus.ArenaChat.$Shape;
         *   (properties?: zonebus.ArenaChat.$Properties): zonebus.ArenaChat;
         * }}
         */
        ArenaChat.create = function(properties) {
            return new ArenaChat(properties);
        };

        /**
         * Encodes the specified ArenaChat message. Does not implicitly {@link zonebus.ArenaChat.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaChat
         * @static
         * @param {zonebus.ArenaChat.$Properties} m ArenaChat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaChat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid") && m.targetPid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.targetPid);
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet") && m.packet.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.packet);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaChat message, length delimited. Does not implicitly {@link zonebus.ArenaChat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaChat
         * @static
         * @param {zonebus.ArenaChat.$Properties} message ArenaChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaChat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaChat message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaChat & zonebus.ArenaChat.$Shape} ArenaChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaChat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaChat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.targetPid = v;
                        else
                            delete m.targetPid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packet = v;
                        else
                            delete m.packet;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaChat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaChat & zonebus.ArenaChat.$Shape} ArenaChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaChat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaChat message.
         * @function verify
         * @memberof zonebus.ArenaChat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaChat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid")) {
                if (!$util.isInteger(m.targetPid))
                    return "targetPid: integer expected";
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                if (!(m.packet && typeof m.packet.length === "number" || $util.isString(m.packet)))
                    return "packet: buffer expected";
            }
            return null;
        };

        /**
         * Creates an ArenaChat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaChat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaChat} ArenaChat
         */
        ArenaChat.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaChat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaChat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaChat();
            if (d.targetPid != null) {
                if ($Number(d.targetPid) !== 0) {
                    m.targetPid = d.targetPid >>> 0;
                }
            }
            if (d.packet != null) {
                if (d.packet.length) {
                    if (typeof d.packet === "string")
                        $util.base64.decode(d.packet, m.packet = $util.newBuffer($util.base64.length(d.packet)), 0);
                    else if (d.packet.length >= 0)
                        m.packet = d.packet;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaChat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaChat
         * @static
         * @param {zonebus.ArenaChat} m ArenaChat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaChat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.targetPid = 0;
                if (o.bytes === $String)
                    d.packet = "";
                else {
                    d.packet = [];
                    if (o.bytes !== $Array)
                        d.packet = $util.newBuffer(d.packet);
                }
            }
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid")) {
                d.targetPid = m.targetPid;
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                d.packet = o.bytes === $String ? $util.base64.encode(m.packet, 0, m.packet.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packet) : m.packet;
            }
            return d;
        };

        /**
         * Converts this ArenaChat to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaChat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaChat.prototype.toJSON = function() {
            return ArenaChat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaChat
         * @function getTypeUrl
         * @memberof zonebus.ArenaChat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaChat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaChat";
        };

        return ArenaChat;
    })();

    zonebus.ArenaScore = (function() {

        /**
         * Properties of an ArenaScore.
         * @typedef {Object} zonebus.ArenaScore.$Properties
         * @property {number|null} [killPoints] ArenaScore killPoints
         * @property {number|null} [flagPoints] ArenaScore flagPoints
         * @property {number|null} [kills] ArenaScore kills
         * @property {number|null} [deaths] ArenaScore deaths
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaScore.
         * @memberof zonebus
         * @interface IArenaScore
         * @augments zonebus.ArenaScore.$Properties
         * @deprecated Use zonebus.ArenaScore.$Properties instead.
         */

        /**
         * Shape of an ArenaScore.
         * @typedef {zonebus.ArenaScore.$Properties} zonebus.ArenaScore.$Shape
         */

        /**
         * Constructs a new ArenaScore.
         * @memberof zonebus
         * @classdesc Represents an ArenaScore.
         * @constructor
         * @param {zonebus.ArenaScore.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaScore = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaScore killPoints.
         * @member {number} killPoints
         * @memberof zonebus.ArenaScore
         * @instance
         */
        ArenaScore.prototype.killPoints = 0;

        /**
         * ArenaScore flagPoints.
         * @member {number} flagPoints
         * @memberof zonebus.ArenaScore
         * @instance
         */
        ArenaScore.prototype.flagPoints = 0;

        /**
         * ArenaScore kills.
         * @member {number} kills
         * @memberof zonebus.ArenaScore
         * @instance
         */
        ArenaScore.prototype.kills = 0;

        /**
         * ArenaScore deaths.
         * @member {number} deaths
         * @memberof zonebus.ArenaScore
         * @instance
         */
        ArenaScore.prototype.deaths = 0;

        /**
         * Creates a new ArenaScore instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaScore
         * @static
         * @param {zonebus.ArenaScore.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaScore} ArenaScore instance
         * @type {{
         *   (properties: zonebus.ArenaScore.$Shape): zonebus.ArenaScore & zonebus.ArenaScore.$Shape;
         *   (properties?: zonebus.ArenaScore.$Properties): zonebus.ArenaScore;
         * }}
         */
        ArenaScore.create = function(properties) {
            return new ArenaScore(properties);
        };

        /**
         * Encodes the specified ArenaScore message. Does not implicitly {@link zonebus.ArenaScore.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaScore
         * @static
         * @param {zonebus.ArenaScore.$Properties} m ArenaScore message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaScore.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints") && m.killPoints !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.killPoints);
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints") && m.flagPoints !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.flagPoints);
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills") && m.kills !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.kills);
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths") && m.deaths !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.deaths);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaScore message, length delimited. Does not implicitly {@link zonebus.ArenaScore.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaScore
         * @static
         * @param {zonebus.ArenaScore.$Properties} message ArenaScore message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaScore.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaScore message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaScore
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaScore & zonebus.ArenaScore.$Shape} ArenaScore
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaScore.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaScore();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.killPoints = v;
                        else
                            delete m.killPoints;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.flagPoints = v;
                        else
                            delete m.flagPoints;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.kills = v;
                        else
                            delete m.kills;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.deaths = v;
                        else
                            delete m.deaths;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaScore message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaScore
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaScore & zonebus.ArenaScore.$Shape} ArenaScore
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaScore.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaScore message.
         * @function verify
         * @memberof zonebus.ArenaScore
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaScore.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                if (!$util.isInteger(m.killPoints))
                    return "killPoints: integer expected";
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                if (!$util.isInteger(m.flagPoints))
                    return "flagPoints: integer expected";
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                if (!$util.isInteger(m.kills))
                    return "kills: integer expected";
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                if (!$util.isInteger(m.deaths))
                    return "deaths: integer expected";
            }
            return null;
        };

        /**
         * Creates an ArenaScore message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaScore
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaScore} ArenaScore
         */
        ArenaScore.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaScore)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaScore: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaScore();
            if (d.killPoints != null) {
                if ($Number(d.killPoints) !== 0) {
                    m.killPoints = d.killPoints >>> 0;
                }
            }
            if (d.flagPoints != null) {
                if ($Number(d.flagPoints) !== 0) {
                    m.flagPoints = d.flagPoints >>> 0;
                }
            }
            if (d.kills != null) {
                if ($Number(d.kills) !== 0) {
                    m.kills = d.kills >>> 0;
                }
            }
            if (d.deaths != null) {
                if ($Number(d.deaths) !== 0) {
                    m.deaths = d.deaths >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaScore message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaScore
         * @static
         * @param {zonebus.ArenaScore} m ArenaScore
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaScore.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.killPoints = 0;
                d.flagPoints = 0;
                d.kills = 0;
                d.deaths = 0;
            }
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                d.killPoints = m.killPoints;
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                d.flagPoints = m.flagPoints;
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                d.kills = m.kills;
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                d.deaths = m.deaths;
            }
            return d;
        };

        /**
         * Converts this ArenaScore to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaScore
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaScore.prototype.toJSON = function() {
            return ArenaScore.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaScore
         * @function getTypeUrl
         * @memberof zonebus.ArenaScore
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaScore.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaScore";
        };

        return ArenaScore;
    })();

    /**
     * ClientKind enum.
     * @name zonebus.ClientKind
     * @enum {number}
     * @property {number} CLIENT_KIND_UNSPECIFIED=0 CLIENT_KIND_UNSPECIFIED value
     * @property {number} CLIENT_KIND_VIE=1 CLIENT_KIND_VIE value
     * @property {number} CLIENT_KIND_CONTINUUM=2 CLIENT_KIND_CONTINUUM value
     */
    zonebus.ClientKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CLIENT_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "CLIENT_KIND_VIE"] = 1;
        values[valuesById[2] = "CLIENT_KIND_CONTINUUM"] = 2;
        return values;
    })();

    zonebus.PlayerAddress = (function() {

        /**
         * Properties of a PlayerAddress.
         * @typedef {Object} zonebus.PlayerAddress.$Properties
         * @property {number|null} [pid] PlayerAddress pid
         * @property {string|null} [gateway] PlayerAddress gateway
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerAddress.
         * @memberof zonebus
         * @interface IPlayerAddress
         * @augments zonebus.PlayerAddress.$Properties
         * @deprecated Use zonebus.PlayerAddress.$Properties instead.
         */

        /**
         * Shape of a PlayerAddress.
         * @typedef {zonebus.PlayerAddress.$Properties} zonebus.PlayerAddress.$Shape
         */

        /**
         * Constructs a new PlayerAddress.
         * @memberof zonebus
         * @classdesc Represents a PlayerAddress.
         * @constructor
         * @param {zonebus.PlayerAddress.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerAddress = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlayerAddress pid.
         * @member {number} pid
         * @memberof zonebus.PlayerAddress
         * @instance
         */
        PlayerAddress.prototype.pid = 0;

        /**
         * PlayerAddress gateway.
         * @member {string} gateway
         * @memberof zonebus.PlayerAddress
         * @instance
         */
        PlayerAddress.prototype.gateway = "";

        /**
         * Creates a new PlayerAddress instance using the specified properties.
         * @function create
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {zonebus.PlayerAddress.$Properties=} [properties] Properties to set
         * @returns {zonebus.PlayerAddress} PlayerAddress instance
         * @type {{
         *   (properties: zonebus.PlayerAddress.$Shape): zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape;
         *   (properties?: zonebus.PlayerAddress.$Properties): zonebus.PlayerAddress;
         * }}
         */
        PlayerAddress.create = function(properties) {
            return new PlayerAddress(properties);
        };

        /**
         * Encodes the specified PlayerAddress message. Does not implicitly {@link zonebus.PlayerAddress.verify|verify} messages.
         * @function encode
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {zonebus.PlayerAddress.$Properties} m PlayerAddress message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerAddress.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.gateway);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlayerAddress message, length delimited. Does not implicitly {@link zonebus.PlayerAddress.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {zonebus.PlayerAddress.$Properties} message PlayerAddress message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerAddress.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerAddress message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape} PlayerAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerAddress.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.PlayerAddress();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.gateway = v;
                        else
                            delete m.gateway;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PlayerAddress message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.PlayerAddress & zonebus.PlayerAddress.$Shape} PlayerAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerAddress.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlayerAddress message.
         * @function verify
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerAddress.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                if (!$util.isString(m.gateway))
                    return "gateway: string expected";
            }
            return null;
        };

        /**
         * Creates a PlayerAddress message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.PlayerAddress} PlayerAddress
         */
        PlayerAddress.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.PlayerAddress)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.PlayerAddress: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.PlayerAddress();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.gateway != null) {
                if (typeof d.gateway !== "string" || d.gateway.length) {
                    m.gateway = $String(d.gateway);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlayerAddress message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {zonebus.PlayerAddress} m PlayerAddress
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerAddress.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.gateway = "";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                d.gateway = m.gateway;
            }
            return d;
        };

        /**
         * Converts this PlayerAddress to JSON.
         * @function toJSON
         * @memberof zonebus.PlayerAddress
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerAddress.prototype.toJSON = function() {
            return PlayerAddress.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerAddress
         * @function getTypeUrl
         * @memberof zonebus.PlayerAddress
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerAddress.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.PlayerAddress";
        };

        return PlayerAddress;
    })();

    zonebus.PlayerInfo = (function() {

        /**
         * Properties of a PlayerInfo.
         * @typedef {Object} zonebus.PlayerInfo.$Properties
         * @property {number|null} [pid] PlayerInfo pid
         * @property {string|null} [name] PlayerInfo name
         * @property {string|null} [squad] PlayerInfo squad
         * @property {string|null} [gateway] PlayerInfo gateway
         * @property {zonebus.ClientKind|null} [clientKind] PlayerInfo clientKind
         * @property {number|null} [featureBits] PlayerInfo featureBits
         * @property {number|null} [xres] PlayerInfo xres
         * @property {number|null} [yres] PlayerInfo yres
         * @property {number|null} [audio] PlayerInfo audio
         * @property {number|null} [requestedShip] PlayerInfo requestedShip
         * @property {boolean|null} [optionalGraphics] PlayerInfo optionalGraphics
         * @property {string|null} [clientIp] PlayerInfo clientIp
         * @property {Uint8Array|null} [banner] PlayerInfo banner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerInfo.
         * @memberof zonebus
         * @interface IPlayerInfo
         * @augments zonebus.PlayerInfo.$Properties
         * @deprecated Use zonebus.PlayerInfo.$Properties instead.
         */

        /**
         * Shape of a PlayerInfo.
         * @typedef {zonebus.PlayerInfo.$Properties} zonebus.PlayerInfo.$Shape
         */

        /**
         * Constructs a new PlayerInfo.
         * @memberof zonebus
         * @classdesc Represents a PlayerInfo.
         * @constructor
         * @param {zonebus.PlayerInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerInfo = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlayerInfo pid.
         * @member {number} pid
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.pid = 0;

        /**
         * PlayerInfo name.
         * @member {string} name
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.name = "";

        /**
         * PlayerInfo squad.
         * @member {string} squad
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.squad = "";

        /**
         * PlayerInfo gateway.
         * @member {string} gateway
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.gateway = "";

        /**
         * PlayerInfo clientKind.
         * @member {zonebus.ClientKind} clientKind
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.clientKind = 0;

        /**
         * PlayerInfo featureBits.
         * @member {number} featureBits
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.featureBits = 0;

        /**
         * PlayerInfo xres.
         * @member {number} xres
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.xres = 0;

        /**
         * PlayerInfo yres.
         * @member {number} yres
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.yres = 0;

        /**
         * PlayerInfo audio.
         * @member {number} audio
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.audio = 0;

        /**
         * PlayerInfo requestedShip.
         * @member {number} requestedShip
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.requestedShip = 0;

        /**
         * PlayerInfo optionalGraphics.
         * @member {boolean} optionalGraphics
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.optionalGraphics = false;

        /**
         * PlayerInfo clientIp.
         * @member {string} clientIp
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.clientIp = "";

        /**
         * PlayerInfo banner.
         * @member {Uint8Array} banner
         * @memberof zonebus.PlayerInfo
         * @instance
         */
        PlayerInfo.prototype.banner = $util.newBuffer([]);

        /**
         * Creates a new PlayerInfo instance using the specified properties.
         * @function create
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {zonebus.PlayerInfo.$Properties=} [properties] Properties to set
         * @returns {zonebus.PlayerInfo} PlayerInfo instance
         * @type {{
         *   (properties: zonebus.PlayerInfo.$Shape): zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape;
         *   (properties?: zonebus.PlayerInfo.$Properties): zonebus.PlayerInfo;
         * }}
         */
        PlayerInfo.create = function(properties) {
            return new PlayerInfo(properties);
        };

        /**
         * Encodes the specified PlayerInfo message. Does not implicitly {@link zonebus.PlayerInfo.verify|verify} messages.
         * @function encode
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {zonebus.PlayerInfo.$Properties} m PlayerInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad") && m.squad !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.squad);
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.gateway);
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind") && m.clientKind !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.clientKind);
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits") && m.featureBits !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.featureBits);
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres") && m.xres !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.xres);
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres") && m.yres !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.yres);
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio") && m.audio !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.audio);
            if (m.requestedShip != null && $Object.hasOwnProperty.call(m, "requestedShip") && m.requestedShip !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.requestedShip);
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics") && m.optionalGraphics !== false)
                w.uint32(/* id 11, wireType 0 =*/88).bool(m.optionalGraphics);
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp") && m.clientIp !== "")
                w.uint32(/* id 12, wireType 2 =*/98).string(m.clientIp);
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner") && m.banner.length)
                w.uint32(/* id 13, wireType 2 =*/106).bytes(m.banner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlayerInfo message, length delimited. Does not implicitly {@link zonebus.PlayerInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {zonebus.PlayerInfo.$Properties} message PlayerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape} PlayerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerInfo.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.PlayerInfo();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.squad = v;
                        else
                            delete m.squad;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.gateway = v;
                        else
                            delete m.gateway;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.clientKind = v;
                        else
                            delete m.clientKind;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.featureBits = v;
                        else
                            delete m.featureBits;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.xres = v;
                        else
                            delete m.xres;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.yres = v;
                        else
                            delete m.yres;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.audio = v;
                        else
                            delete m.audio;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.requestedShip = v;
                        else
                            delete m.requestedShip;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.optionalGraphics = v;
                        else
                            delete m.optionalGraphics;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientIp = v;
                        else
                            delete m.clientIp;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.banner = v;
                        else
                            delete m.banner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PlayerInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.PlayerInfo & zonebus.PlayerInfo.$Shape} PlayerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlayerInfo message.
         * @function verify
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerInfo.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (!$util.isString(m.squad))
                    return "squad: string expected";
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                if (!$util.isString(m.gateway))
                    return "gateway: string expected";
            }
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind")) {
                if (typeof m.clientKind !== "number" || (m.clientKind | 0) !== m.clientKind)
                    return "clientKind: enum value expected";
            }
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits")) {
                if (!$util.isInteger(m.featureBits))
                    return "featureBits: integer expected";
            }
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres")) {
                if (!$util.isInteger(m.xres))
                    return "xres: integer expected";
            }
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres")) {
                if (!$util.isInteger(m.yres))
                    return "yres: integer expected";
            }
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio")) {
                if (!$util.isInteger(m.audio))
                    return "audio: integer expected";
            }
            if (m.requestedShip != null && $Object.hasOwnProperty.call(m, "requestedShip")) {
                if (!$util.isInteger(m.requestedShip))
                    return "requestedShip: integer expected";
            }
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics")) {
                if (typeof m.optionalGraphics !== "boolean")
                    return "optionalGraphics: boolean expected";
            }
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                if (!$util.isString(m.clientIp))
                    return "clientIp: string expected";
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                if (!(m.banner && typeof m.banner.length === "number" || $util.isString(m.banner)))
                    return "banner: buffer expected";
            }
            return null;
        };

        /**
         * Creates a PlayerInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.PlayerInfo} PlayerInfo
         */
        PlayerInfo.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.PlayerInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.PlayerInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.PlayerInfo();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.squad != null) {
                if (typeof d.squad !== "string" || d.squad.length) {
                    m.squad = $String(d.squad);
                }
            }
            if (d.gateway != null) {
                if (typeof d.gateway !== "string" || d.gateway.length) {
                    m.gateway = $String(d.gateway);
                }
            }
            if (d.clientKind !== 0 && (typeof d.clientKind !== "string" || $root.zonebus.ClientKind[d.clientKind] !== 0)) {
                switch (d.clientKind) {
                case "CLIENT_KIND_UNSPECIFIED":
                case 0:
                    m.clientKind = 0;
                    break;
                case "CLIENT_KIND_VIE":
                case 1:
                    m.clientKind = 1;
                    break;
                case "CLIENT_KIND_CONTINUUM":
                case 2:
                    m.clientKind = 2;
                    break;
                default:
                    if (typeof d.clientKind === "number" && (d.clientKind | 0) === d.clientKind)
                        m.clientKind = d.clientKind;
                }
            }
            if (d.featureBits != null) {
                if ($Number(d.featureBits) !== 0) {
                    m.featureBits = d.featureBits >>> 0;
                }
            }
            if (d.xres != null) {
                if ($Number(d.xres) !== 0) {
                    m.xres = d.xres >>> 0;
                }
            }
            if (d.yres != null) {
                if ($Number(d.yres) !== 0) {
                    m.yres = d.yres >>> 0;
                }
            }
            if (d.audio != null) {
                if ($Number(d.audio) !== 0) {
                    m.audio = d.audio >>> 0;
                }
            }
            if (d.requestedShip != null) {
                if ($Number(d.requestedShip) !== 0) {
                    m.requestedShip = d.requestedShip >>> 0;
                }
            }
            if (d.optionalGraphics != null) {
                if (d.optionalGraphics) {
                    m.optionalGraphics = $Boolean(d.optionalGraphics);
                }
            }
            if (d.clientIp != null) {
                if (typeof d.clientIp !== "string" || d.clientIp.length) {
                    m.clientIp = $String(d.clientIp);
                }
            }
            if (d.banner != null) {
                if (d.banner.length) {
                    if (typeof d.banner === "string")
                        $util.base64.decode(d.banner, m.banner = $util.newBuffer($util.base64.length(d.banner)), 0);
                    else if (d.banner.length >= 0)
                        m.banner = d.banner;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlayerInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {zonebus.PlayerInfo} m PlayerInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.name = "";
                d.squad = "";
                d.gateway = "";
                d.clientKind = o.enums === $String ? "CLIENT_KIND_UNSPECIFIED" : 0;
                d.featureBits = 0;
                d.xres = 0;
                d.yres = 0;
                d.audio = 0;
                d.requestedShip = 0;
                d.optionalGraphics = false;
                d.clientIp = "";
                if (o.bytes === $String)
                    d.banner = "";
                else {
                    d.banner = [];
                    if (o.bytes !== $Array)
                        d.banner = $util.newBuffer(d.banner);
                }
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = m.squad;
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                d.gateway = m.gateway;
            }
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind")) {
                d.clientKind = o.enums === $String ? $root.zonebus.ClientKind[m.clientKind] === $undefined ? m.clientKind : $root.zonebus.ClientKind[m.clientKind] : m.clientKind;
            }
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits")) {
                d.featureBits = m.featureBits;
            }
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres")) {
                d.xres = m.xres;
            }
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres")) {
                d.yres = m.yres;
            }
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio")) {
                d.audio = m.audio;
            }
            if (m.requestedShip != null && $Object.hasOwnProperty.call(m, "requestedShip")) {
                d.requestedShip = m.requestedShip;
            }
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics")) {
                d.optionalGraphics = m.optionalGraphics;
            }
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                d.clientIp = m.clientIp;
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                d.banner = o.bytes === $String ? $util.base64.encode(m.banner, 0, m.banner.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.banner) : m.banner;
            }
            return d;
        };

        /**
         * Converts this PlayerInfo to JSON.
         * @function toJSON
         * @memberof zonebus.PlayerInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerInfo.prototype.toJSON = function() {
            return PlayerInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerInfo
         * @function getTypeUrl
         * @memberof zonebus.PlayerInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.PlayerInfo";
        };

        return PlayerInfo;
    })();

    zonebus.BillerLoginRequest = (function() {

        /**
         * Properties of a BillerLoginRequest.
         * @typedef {Object} zonebus.BillerLoginRequest.$Properties
         * @property {number|null} [pid] BillerLoginRequest pid
         * @property {string|null} [name] BillerLoginRequest name
         * @property {string|null} [password] BillerLoginRequest password
         * @property {boolean|null} [createNew] BillerLoginRequest createNew
         * @property {string|null} [ip] BillerLoginRequest ip
         * @property {number|null} [machineId] BillerLoginRequest machineId
         * @property {number|null} [timezoneBias] BillerLoginRequest timezoneBias
         * @property {number|null} [clientVersion] BillerLoginRequest clientVersion
         * @property {Uint8Array|null} [contId] BillerLoginRequest contId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerLoginRequest.
         * @memberof zonebus
         * @interface IBillerLoginRequest
         * @augments zonebus.BillerLoginRequest.$Properties
         * @deprecated Use zonebus.BillerLoginRequest.$Properties instead.
         */

        /**
         * Shape of a BillerLoginRequest.
         * @typedef {zonebus.BillerLoginRequest.$Properties} zonebus.BillerLoginRequest.$Shape
         */

        /**
         * Constructs a new BillerLoginRequest.
         * @memberof zonebus
         * @classdesc Represents a BillerLoginRequest.
         * @constructor
         * @param {zonebus.BillerLoginRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerLoginRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerLoginRequest pid.
         * @member {number} pid
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.pid = 0;

        /**
         * BillerLoginRequest name.
         * @member {string} name
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.name = "";

        /**
         * BillerLoginRequest password.
         * @member {string} password
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.password = "";

        /**
         * BillerLoginRequest createNew.
         * @member {boolean} createNew
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.createNew = false;

        /**
         * BillerLoginRequest ip.
         * @member {string} ip
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.ip = "";

        /**
         * BillerLoginRequest machineId.
         * @member {number} machineId
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.machineId = 0;

        /**
         * BillerLoginRequest timezoneBias.
         * @member {number} timezoneBias
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.timezoneBias = 0;

        /**
         * BillerLoginRequest clientVersion.
         * @member {number} clientVersion
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.clientVersion = 0;

        /**
         * BillerLoginRequest contId.
         * @member {Uint8Array} contId
         * @memberof zonebus.BillerLoginRequest
         * @instance
         */
        BillerLoginRequest.prototype.contId = $util.newBuffer([]);

        /**
         * Creates a new BillerLoginRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {zonebus.BillerLoginRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerLoginRequest} BillerLoginRequest instance
         * @type {{
         *   (properties: zonebus.BillerLoginRequest.$Shape): zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape;
         *   (properties?: zonebus.BillerLoginRequest.$Properties): zonebus.BillerLoginRequest;
         * }}
         */
        BillerLoginRequest.create = function(properties) {
            return new BillerLoginRequest(properties);
        };

        /**
         * Encodes the specified BillerLoginRequest message. Does not implicitly {@link zonebus.BillerLoginRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {zonebus.BillerLoginRequest.$Properties} m BillerLoginRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLoginRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.password);
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew") && m.createNew !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.createNew);
            if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.ip);
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId") && m.machineId !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.machineId);
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias") && m.timezoneBias !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).int32(m.timezoneBias);
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion") && m.clientVersion !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.clientVersion);
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId") && m.contId.length)
                w.uint32(/* id 9, wireType 2 =*/74).bytes(m.contId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerLoginRequest message, length delimited. Does not implicitly {@link zonebus.BillerLoginRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {zonebus.BillerLoginRequest.$Properties} message BillerLoginRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLoginRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerLoginRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape} BillerLoginRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLoginRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerLoginRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.password = v;
                        else
                            delete m.password;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.createNew = v;
                        else
                            delete m.createNew;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.ip = v;
                        else
                            delete m.ip;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.machineId = v;
                        else
                            delete m.machineId;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.timezoneBias = v;
                        else
                            delete m.timezoneBias;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.clientVersion = v;
                        else
                            delete m.clientVersion;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.contId = v;
                        else
                            delete m.contId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerLoginRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerLoginRequest & zonebus.BillerLoginRequest.$Shape} BillerLoginRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLoginRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerLoginRequest message.
         * @function verify
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerLoginRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                if (!$util.isString(m.password))
                    return "password: string expected";
            }
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew")) {
                if (typeof m.createNew !== "boolean")
                    return "createNew: boolean expected";
            }
            if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                if (!$util.isString(m.ip))
                    return "ip: string expected";
            }
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId")) {
                if (!$util.isInteger(m.machineId))
                    return "machineId: integer expected";
            }
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias")) {
                if (!$util.isInteger(m.timezoneBias))
                    return "timezoneBias: integer expected";
            }
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion")) {
                if (!$util.isInteger(m.clientVersion))
                    return "clientVersion: integer expected";
            }
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId")) {
                if (!(m.contId && typeof m.contId.length === "number" || $util.isString(m.contId)))
                    return "contId: buffer expected";
            }
            return null;
        };

        /**
         * Creates a BillerLoginRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerLoginRequest} BillerLoginRequest
         */
        BillerLoginRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerLoginRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerLoginRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerLoginRequest();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.password != null) {
                if (typeof d.password !== "string" || d.password.length) {
                    m.password = $String(d.password);
                }
            }
            if (d.createNew != null) {
                if (d.createNew) {
                    m.createNew = $Boolean(d.createNew);
                }
            }
            if (d.ip != null) {
                if (typeof d.ip !== "string" || d.ip.length) {
                    m.ip = $String(d.ip);
                }
            }
            if (d.machineId != null) {
                if ($Number(d.machineId) !== 0) {
                    m.machineId = d.machineId >>> 0;
                }
            }
            if (d.timezoneBias != null) {
                if ($Number(d.timezoneBias) !== 0) {
                    m.timezoneBias = d.timezoneBias | 0;
                }
            }
            if (d.clientVersion != null) {
                if ($Number(d.clientVersion) !== 0) {
                    m.clientVersion = d.clientVersion >>> 0;
                }
            }
            if (d.contId != null) {
                if (d.contId.length) {
                    if (typeof d.contId === "string")
                        $util.base64.decode(d.contId, m.contId = $util.newBuffer($util.base64.length(d.contId)), 0);
                    else if (d.contId.length >= 0)
                        m.contId = d.contId;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerLoginRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {zonebus.BillerLoginRequest} m BillerLoginRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerLoginRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.name = "";
                d.password = "";
                d.createNew = false;
                d.ip = "";
                d.machineId = 0;
                d.timezoneBias = 0;
                d.clientVersion = 0;
                if (o.bytes === $String)
                    d.contId = "";
                else {
                    d.contId = [];
                    if (o.bytes !== $Array)
                        d.contId = $util.newBuffer(d.contId);
                }
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                d.password = m.password;
            }
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew")) {
                d.createNew = m.createNew;
            }
            if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                d.ip = m.ip;
            }
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId")) {
                d.machineId = m.machineId;
            }
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias")) {
                d.timezoneBias = m.timezoneBias;
            }
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion")) {
                d.clientVersion = m.clientVersion;
            }
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId")) {
                d.contId = o.bytes === $String ? $util.base64.encode(m.contId, 0, m.contId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.contId) : m.contId;
            }
            return d;
        };

        /**
         * Converts this BillerLoginRequest to JSON.
         * @function toJSON
         * @memberof zonebus.BillerLoginRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerLoginRequest.prototype.toJSON = function() {
            return BillerLoginRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerLoginRequest
         * @function getTypeUrl
         * @memberof zonebus.BillerLoginRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerLoginRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerLoginRequest";
        };

        return BillerLoginRequest;
    })();

    /**
     * BillerLoginOutcome enum.
     * @name zonebus.BillerLoginOutcome
     * @enum {number}
     * @property {number} BILLER_LOGIN_UNAVAILABLE=0 BILLER_LOGIN_UNAVAILABLE value
     * @property {number} BILLER_LOGIN_OK=1 BILLER_LOGIN_OK value
     * @property {number} BILLER_LOGIN_REFUSED=2 BILLER_LOGIN_REFUSED value
     */
    zonebus.BillerLoginOutcome = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BILLER_LOGIN_UNAVAILABLE"] = 0;
        values[valuesById[1] = "BILLER_LOGIN_OK"] = 1;
        values[valuesById[2] = "BILLER_LOGIN_REFUSED"] = 2;
        return values;
    })();

    zonebus.BillerLoginReply = (function() {

        /**
         * Properties of a BillerLoginReply.
         * @typedef {Object} zonebus.BillerLoginReply.$Properties
         * @property {zonebus.BillerLoginOutcome|null} [outcome] BillerLoginReply outcome
         * @property {number|null} [code] BillerLoginReply code
         * @property {string|null} [text] BillerLoginReply text
         * @property {string|null} [name] BillerLoginReply name
         * @property {string|null} [squad] BillerLoginReply squad
         * @property {number|null} [userId] BillerLoginReply userId
         * @property {Uint8Array|null} [banner] BillerLoginReply banner
         * @property {boolean|null} [wantRegistration] BillerLoginReply wantRegistration
         * @property {number|null} [usageSeconds] BillerLoginReply usageSeconds
         * @property {string|null} [firstUsed] BillerLoginReply firstUsed
         * @property {string|null} [protocol] BillerLoginReply protocol
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerLoginReply.
         * @memberof zonebus
         * @interface IBillerLoginReply
         * @augments zonebus.BillerLoginReply.$Properties
         * @deprecated Use zonebus.BillerLoginReply.$Properties instead.
         */

        /**
         * Shape of a BillerLoginReply.
         * @typedef {zonebus.BillerLoginReply.$Properties} zonebus.BillerLoginReply.$Shape
         */

        /**
         * Constructs a new BillerLoginReply.
         * @memberof zonebus
         * @classdesc Represents a BillerLoginReply.
         * @constructor
         * @param {zonebus.BillerLoginReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerLoginReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerLoginReply outcome.
         * @member {zonebus.BillerLoginOutcome} outcome
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.outcome = 0;

        /**
         * BillerLoginReply code.
         * @member {number} code
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.code = 0;

        /**
         * BillerLoginReply text.
         * @member {string} text
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.text = "";

        /**
         * BillerLoginReply name.
         * @member {string} name
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.name = "";

        /**
         * BillerLoginReply squad.
         * @member {string} squad
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.squad = "";

        /**
         * BillerLoginReply userId.
         * @member {number} userId
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.userId = 0;

        /**
         * BillerLoginReply banner.
         * @member {Uint8Array} banner
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.banner = $util.newBuffer([]);

        /**
         * BillerLoginReply wantRegistration.
         * @member {boolean} wantRegistration
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.wantRegistration = false;

        /**
         * BillerLoginReply usageSeconds.
         * @member {number} usageSeconds
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.usageSeconds = 0;

        /**
         * BillerLoginReply firstUsed.
         * @member {string} firstUsed
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.firstUsed = "";

        /**
         * BillerLoginReply protocol.
         * @member {string} protocol
         * @memberof zonebus.BillerLoginReply
         * @instance
         */
        BillerLoginReply.prototype.protocol = "";

        /**
         * Creates a new BillerLoginReply instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {zonebus.BillerLoginReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerLoginReply} BillerLoginReply instance
         * @type {{
         *   (properties: zonebus.BillerLoginReply.$Shape): zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape;
         *   (properties?: zonebus.BillerLoginReply.$Properties): zonebus.BillerLoginReply;
         * }}
         */
        BillerLoginReply.create = function(properties) {
            return new BillerLoginReply(properties);
        };

        /**
         * Encodes the specified BillerLoginReply message. Does not implicitly {@link zonebus.BillerLoginReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {zonebus.BillerLoginReply.$Properties} m BillerLoginReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLoginReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.outcome);
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.code);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.name);
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad") && m.squad !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.squad);
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.userId);
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner") && m.banner.length)
                w.uint32(/* id 7, wireType 2 =*/58).bytes(m.banner);
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration") && m.wantRegistration !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.wantRegistration);
            if (m.usageSeconds != null && $Object.hasOwnProperty.call(m, "usageSeconds") && !$Object.is(m.usageSeconds, 0))
                w.uint32(/* id 9, wireType 1 =*/73).double(m.usageSeconds);
            if (m.firstUsed != null && $Object.hasOwnProperty.call(m, "firstUsed") && m.firstUsed !== "")
                w.uint32(/* id 10, wireType 2 =*/82).string(m.firstUsed);
            if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                w.uint32(/* id 11, wireType 2 =*/90).string(m.protocol);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerLoginReply message, length delimited. Does not implicitly {@link zonebus.BillerLoginReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {zonebus.BillerLoginReply.$Properties} message BillerLoginReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLoginReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerLoginReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape} BillerLoginReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLoginReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerLoginReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.outcome = v;
                        else
                            delete m.outcome;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.squad = v;
                        else
                            delete m.squad;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.userId = v;
                        else
                            delete m.userId;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.banner = v;
                        else
                            delete m.banner;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.wantRegistration = v;
                        else
                            delete m.wantRegistration;
                        continue;
                    }
                case 9: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.usageSeconds = v;
                        else
                            delete m.usageSeconds;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.firstUsed = v;
                        else
                            delete m.firstUsed;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.protocol = v;
                        else
                            delete m.protocol;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerLoginReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerLoginReply & zonebus.BillerLoginReply.$Shape} BillerLoginReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLoginReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerLoginReply message.
         * @function verify
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerLoginReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                if (typeof m.outcome !== "number" || (m.outcome | 0) !== m.outcome)
                    return "outcome: enum value expected";
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                if (!$util.isInteger(m.code))
                    return "code: integer expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (!$util.isString(m.squad))
                    return "squad: string expected";
            }
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                if (!$util.isInteger(m.userId))
                    return "userId: integer expected";
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                if (!(m.banner && typeof m.banner.length === "number" || $util.isString(m.banner)))
                    return "banner: buffer expected";
            }
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration")) {
                if (typeof m.wantRegistration !== "boolean")
                    return "wantRegistration: boolean expected";
            }
            if (m.usageSeconds != null && $Object.hasOwnProperty.call(m, "usageSeconds")) {
                if (typeof m.usageSeconds !== "number")
                    return "usageSeconds: number expected";
            }
            if (m.firstUsed != null && $Object.hasOwnProperty.call(m, "firstUsed")) {
                if (!$util.isString(m.firstUsed))
                    return "firstUsed: string expected";
            }
            if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                if (!$util.isString(m.protocol))
                    return "protocol: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerLoginReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerLoginReply} BillerLoginReply
         */
        BillerLoginReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerLoginReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerLoginReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerLoginReply();
            if (d.outcome !== 0 && (typeof d.outcome !== "string" || $root.zonebus.BillerLoginOutcome[d.outcome] !== 0)) {
                switch (d.outcome) {
                case "BILLER_LOGIN_UNAVAILABLE":
                case 0:
                    m.outcome = 0;
                    break;
                case "BILLER_LOGIN_OK":
                case 1:
                    m.outcome = 1;
                    break;
                case "BILLER_LOGIN_REFUSED":
                case 2:
                    m.outcome = 2;
                    break;
                default:
                    if (typeof d.outcome === "number" && (d.outcome | 0) === d.outcome)
                        m.outcome = d.outcome;
                }
            }
            if (d.code != null) {
                if ($Number(d.code) !== 0) {
                    m.code = d.code >>> 0;
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.squad != null) {
                if (typeof d.squad !== "string" || d.squad.length) {
                    m.squad = $String(d.squad);
                }
            }
            if (d.userId != null) {
                if ($Number(d.userId) !== 0) {
                    m.userId = d.userId >>> 0;
                }
            }
            if (d.banner != null) {
                if (d.banner.length) {
                    if (typeof d.banner === "string")
                        $util.base64.decode(d.banner, m.banner = $util.newBuffer($util.base64.length(d.banner)), 0);
                    else if (d.banner.length >= 0)
                        m.banner = d.banner;
                }
            }
            if (d.wantRegistration != null) {
                if (d.wantRegistration) {
                    m.wantRegistration = $Boolean(d.wantRegistration);
                }
            }
            if (d.usageSeconds != null) {
                if (!$Object.is($Number(d.usageSeconds), 0)) {
                    m.usageSeconds = $Number(d.usageSeconds);
                }
            }
            if (d.firstUsed != null) {
                if (typeof d.firstUsed !== "string" || d.firstUsed.length) {
                    m.firstUsed = $String(d.firstUsed);
                }
            }
            if (d.protocol != null) {
                if (typeof d.protocol !== "string" || d.protocol.length) {
                    m.protocol = $String(d.protocol);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerLoginReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {zonebus.BillerLoginReply} m BillerLoginReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerLoginReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.outcome = o.enums === $String ? "BILLER_LOGIN_UNAVAILABLE" : 0;
                d.code = 0;
                d.text = "";
                d.name = "";
                d.squad = "";
                d.userId = 0;
                if (o.bytes === $String)
                    d.banner = "";
                else {
                    d.banner = [];
                    if (o.bytes !== $Array)
                        d.banner = $util.newBuffer(d.banner);
                }
                d.wantRegistration = false;
                d.usageSeconds = 0;
                d.firstUsed = "";
                d.protocol = "";
            }
            if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                d.outcome = o.enums === $String ? $root.zonebus.BillerLoginOutcome[m.outcome] === $undefined ? m.outcome : $root.zonebus.BillerLoginOutcome[m.outcome] : m.outcome;
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = m.squad;
            }
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                d.userId = m.userId;
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                d.banner = o.bytes === $String ? $util.base64.encode(m.banner, 0, m.banner.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.banner) : m.banner;
            }
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration")) {
                d.wantRegistration = m.wantRegistration;
            }
            if (m.usageSeconds != null && $Object.hasOwnProperty.call(m, "usageSeconds")) {
                d.usageSeconds = o.json && !$isFinite(m.usageSeconds) ? $String(m.usageSeconds) : m.usageSeconds;
            }
            if (m.firstUsed != null && $Object.hasOwnProperty.call(m, "firstUsed")) {
                d.firstUsed = m.firstUsed;
            }
            if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                d.protocol = m.protocol;
            }
            return d;
        };

        /**
         * Converts this BillerLoginReply to JSON.
         * @function toJSON
         * @memberof zonebus.BillerLoginReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerLoginReply.prototype.toJSON = function() {
            return BillerLoginReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerLoginReply
         * @function getTypeUrl
         * @memberof zonebus.BillerLoginReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerLoginReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerLoginReply";
        };

        return BillerLoginReply;
    })();

    zonebus.BillerScoreRecord = (function() {

        /**
         * Properties of a BillerScoreRecord.
         * @typedef {Object} zonebus.BillerScoreRecord.$Properties
         * @property {number|null} [kills] BillerScoreRecord kills
         * @property {number|null} [deaths] BillerScoreRecord deaths
         * @property {number|null} [flags] BillerScoreRecord flags
         * @property {number|null} [killPoints] BillerScoreRecord killPoints
         * @property {number|null} [flagPoints] BillerScoreRecord flagPoints
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerScoreRecord.
         * @memberof zonebus
         * @interface IBillerScoreRecord
         * @augments zonebus.BillerScoreRecord.$Properties
         * @deprecated Use zonebus.BillerScoreRecord.$Properties instead.
         */

        /**
         * Shape of a BillerScoreRecord.
         * @typedef {zonebus.BillerScoreRecord.$Properties} zonebus.BillerScoreRecord.$Shape
         */

        /**
         * Constructs a new BillerScoreRecord.
         * @memberof zonebus
         * @classdesc Represents a BillerScoreRecord.
         * @constructor
         * @param {zonebus.BillerScoreRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerScoreRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerScoreRecord kills.
         * @member {number} kills
         * @memberof zonebus.BillerScoreRecord
         * @instance
         */
        BillerScoreRecord.prototype.kills = 0;

        /**
         * BillerScoreRecord deaths.
         * @member {number} deaths
         * @memberof zonebus.BillerScoreRecord
         * @instance
         */
        BillerScoreRecord.prototype.deaths = 0;

        /**
         * BillerScoreRecord flags.
         * @member {number} flags
         * @memberof zonebus.BillerScoreRecord
         * @instance
         */
        BillerScoreRecord.prototype.flags = 0;

        /**
         * BillerScoreRecord killPoints.
         * @member {number} killPoints
         * @memberof zonebus.BillerScoreRecord
         * @instance
         */
        BillerScoreRecord.prototype.killPoints = 0;

        /**
         * BillerScoreRecord flagPoints.
         * @member {number} flagPoints
         * @memberof zonebus.BillerScoreRecord
         * @instance
         */
        BillerScoreRecord.prototype.flagPoints = 0;

        /**
         * Creates a new BillerScoreRecord instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {zonebus.BillerScoreRecord.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerScoreRecord} BillerScoreRecord instance
         * @type {{
         *   (properties: zonebus.BillerScoreRecord.$Shape): zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape;
         *   (properties?: zonebus.BillerScoreRecord.$Properties): zonebus.BillerScoreRecord;
         * }}
         */
        BillerScoreRecord.create = function(properties) {
            return new BillerScoreRecord(properties);
        };

        /**
         * Encodes the specified BillerScoreRecord message. Does not implicitly {@link zonebus.BillerScoreRecord.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {zonebus.BillerScoreRecord.$Properties} m BillerScoreRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerScoreRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills") && m.kills !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.kills);
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths") && m.deaths !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.deaths);
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.flags);
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints") && m.killPoints !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.killPoints);
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints") && m.flagPoints !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.flagPoints);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerScoreRecord message, length delimited. Does not implicitly {@link zonebus.BillerScoreRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {zonebus.BillerScoreRecord.$Properties} message BillerScoreRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerScoreRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerScoreRecord message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape} BillerScoreRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerScoreRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerScoreRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.kills = v;
                        else
                            delete m.kills;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.deaths = v;
                        else
                            delete m.deaths;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.flags = v;
                        else
                            delete m.flags;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.killPoints = v;
                        else
                            delete m.killPoints;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.flagPoints = v;
                        else
                            delete m.flagPoints;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerScoreRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerScoreRecord & zonebus.BillerScoreRecord.$Shape} BillerScoreRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerScoreRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerScoreRecord message.
         * @function verify
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerScoreRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                if (!$util.isInteger(m.kills))
                    return "kills: integer expected";
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                if (!$util.isInteger(m.deaths))
                    return "deaths: integer expected";
            }
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                if (!$util.isInteger(m.flags))
                    return "flags: integer expected";
            }
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                if (!$util.isInteger(m.killPoints))
                    return "killPoints: integer expected";
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                if (!$util.isInteger(m.flagPoints))
                    return "flagPoints: integer expected";
            }
            return null;
        };

        /**
         * Creates a BillerScoreRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerScoreRecord} BillerScoreRecord
         */
        BillerScoreRecord.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerScoreRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerScoreRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerScoreRecord();
            if (d.kills != null) {
                if ($Number(d.kills) !== 0) {
                    m.kills = d.kills >>> 0;
                }
            }
            if (d.deaths != null) {
                if ($Number(d.deaths) !== 0) {
                    m.deaths = d.deaths >>> 0;
                }
            }
            if (d.flags != null) {
                if ($Number(d.flags) !== 0) {
                    m.flags = d.flags >>> 0;
                }
            }
            if (d.killPoints != null) {
                if ($Number(d.killPoints) !== 0) {
                    m.killPoints = d.killPoints >>> 0;
                }
            }
            if (d.flagPoints != null) {
                if ($Number(d.flagPoints) !== 0) {
                    m.flagPoints = d.flagPoints >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerScoreRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {zonebus.BillerScoreRecord} m BillerScoreRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerScoreRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.kills = 0;
                d.deaths = 0;
                d.flags = 0;
                d.killPoints = 0;
                d.flagPoints = 0;
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                d.kills = m.kills;
            }
            if (m.deaths != null && $Object.hasOwnProperty.call(m, "deaths")) {
                d.deaths = m.deaths;
            }
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                d.flags = m.flags;
            }
            if (m.killPoints != null && $Object.hasOwnProperty.call(m, "killPoints")) {
                d.killPoints = m.killPoints;
            }
            if (m.flagPoints != null && $Object.hasOwnProperty.call(m, "flagPoints")) {
                d.flagPoints = m.flagPoints;
            }
            return d;
        };

        /**
         * Converts this BillerScoreRecord to JSON.
         * @function toJSON
         * @memberof zonebus.BillerScoreRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerScoreRecord.prototype.toJSON = function() {
            return BillerScoreRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerScoreRecord
         * @function getTypeUrl
         * @memberof zonebus.BillerScoreRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerScoreRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerScoreRecord";
        };

        return BillerScoreRecord;
    })();

    zonebus.BillerEvent = (function() {

        /**
         * Properties of a BillerEvent.
         * @typedef {Object} zonebus.BillerEvent.$Properties
         * @property {number|null} [pid] BillerEvent pid
         * @property {boolean|null} [enterArena] BillerEvent enterArena
         * @property {zonebus.BillerChannelChat.$Properties|null} [channel] BillerEvent channel
         * @property {zonebus.BillerRemoteChat.$Properties|null} [remote] BillerEvent remote
         * @property {zonebus.BillerRemoteChat.$Properties|null} [squad] BillerEvent squad
         * @property {Uint8Array|null} [banner] BillerEvent banner
         * @property {Uint8Array|null} [registration] BillerEvent registration
         * @property {zonebus.BillerCommand.$Properties|null} [command] BillerEvent command
         * @property {boolean|null} [leaveQueued] BillerEvent leaveQueued
         * @property {"enterArena"|"channel"|"remote"|"squad"|"banner"|"registration"|"command"|"leaveQueued"} [event] BillerEvent event
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerEvent.
         * @memberof zonebus
         * @interface IBillerEvent
         * @augments zonebus.BillerEvent.$Properties
         * @deprecated Use zonebus.BillerEvent.$Properties instead.
         */

        /**
         * Narrowed shape of a BillerEvent.
         * @typedef {{
         *   pid?: number|null;
         *   enterArena?: boolean|null;
         *   channel?: zonebus.BillerChannelChat.$Shape|null;
         *   remote?: zonebus.BillerRemoteChat.$Shape|null;
         *   squad?: zonebus.BillerRemoteChat.$Shape|null;
         *   banner?: Uint8Array|null;
         *   registration?: Uint8Array|null;
         *   command?: zonebus.BillerCommand.$Shape|null;
         *   leaveQueued?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ event?: undefined; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "enterArena"; enterArena: boolean; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "channel"; enterArena?: null; channel: zonebus.BillerChannelChat.$Shape; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "remote"; enterArena?: null; channel?: null; remote: zonebus.BillerRemoteChat.$Shape; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "squad"; enterArena?: null; channel?: null; remote?: null; squad: zonebus.BillerRemoteChat.$Shape; banner?: null; registration?: null; command?: null; leaveQueued?: null }|{ event?: "banner"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner: Uint8Array; registration?: null; command?: null; leaveQueued?: null }|{ event?: "registration"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration: Uint8Array; command?: null; leaveQueued?: null }|{ event?: "command"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command: zonebus.BillerCommand.$Shape; leaveQueued?: null }|{ event?: "leaveQueued"; enterArena?: null; channel?: null; remote?: null; squad?: null; banner?: null; registration?: null; command?: null; leaveQueued: boolean })
         * )} zonebus.BillerEvent.$Shape
         */

        /**
         * Constructs a new BillerEvent.
         * @memberof zonebus
         * @classdesc Represents a BillerEvent.
         * @constructor
         * @param {zonebus.BillerEvent.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerEvent = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerEvent pid.
         * @member {number} pid
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.pid = 0;

        /**
         * BillerEvent enterArena.
         * @member {boolean|null|undefined} enterArena
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.enterArena = null;

        /**
         * BillerEvent channel.
         * @member {zonebus.BillerChannelChat.$Properties|null|undefined} channel
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.channel = null;

        /**
         * BillerEvent remote.
         * @member {zonebus.BillerRemoteChat.$Properties|null|undefined} remote
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.remote = null;

        /**
         * BillerEvent squad.
         * @member {zonebus.BillerRemoteChat.$Properties|null|undefined} squad
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.squad = null;

        /**
         * BillerEvent banner.
         * @member {Uint8Array|null|undefined} banner
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.banner = null;

        /**
         * BillerEvent registration.
         * @member {Uint8Array|null|undefined} registration
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.registration = null;

        /**
         * BillerEvent command.
         * @member {zonebus.BillerCommand.$Properties|null|undefined} command
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.command = null;

        /**
         * BillerEvent leaveQueued.
         * @member {boolean|null|undefined} leaveQueued
         * @memberof zonebus.BillerEvent
         * @instance
         */
        BillerEvent.prototype.leaveQueued = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * BillerEvent event.
         * @member {"enterArena"|"channel"|"remote"|"squad"|"banner"|"registration"|"command"|"leaveQueued"|undefined} event
         * @memberof zonebus.BillerEvent
         * @instance
         */
        $Object.defineProperty(BillerEvent.prototype, "event", {
            get: $util.oneOfGetter($oneOfFields = ["enterArena", "channel", "remote", "squad", "banner", "registration", "command", "leaveQueued"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new BillerEvent instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerEvent
         * @static
         * @param {zonebus.BillerEvent.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerEvent} BillerEvent instance
         * @type {{
         *   (properties: zonebus.BillerEvent.$Shape): zonebus.BillerEvent & zonebus.BillerEvent.$Shape;
         *   (properties?: zonebus.BillerEvent.$Properties): zonebus.BillerEvent;
         * }}
         */
        BillerEvent.create = function(properties) {
            return new BillerEvent(properties);
        };

        /**
         * Encodes the specified BillerEvent message. Does not implicitly {@link zonebus.BillerEvent.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerEvent
         * @static
         * @param {zonebus.BillerEvent.$Properties} m BillerEvent message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerEvent.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.enterArena != null && $Object.hasOwnProperty.call(m, "enterArena"))
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.enterArena);
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel"))
                $root.zonebus.BillerChannelChat.encode(m.channel, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.remote != null && $Object.hasOwnProperty.call(m, "remote"))
                $root.zonebus.BillerRemoteChat.encode(m.remote, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad"))
                $root.zonebus.BillerRemoteChat.encode(m.squad, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner"))
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.banner);
            if (m.registration != null && $Object.hasOwnProperty.call(m, "registration"))
                w.uint32(/* id 7, wireType 2 =*/58).bytes(m.registration);
            if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                $root.zonebus.BillerCommand.encode(m.command, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.leaveQueued != null && $Object.hasOwnProperty.call(m, "leaveQueued"))
                w.uint32(/* id 9, wireType 0 =*/72).bool(m.leaveQueued);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerEvent message, length delimited. Does not implicitly {@link zonebus.BillerEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerEvent
         * @static
         * @param {zonebus.BillerEvent.$Properties} message BillerEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerEvent message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerEvent & zonebus.BillerEvent.$Shape} BillerEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerEvent.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerEvent();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.enterArena = r.bool();
                        m.event = "enterArena";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.channel = $root.zonebus.BillerChannelChat.decode(r, r.size(), $undefined, q + 1, m.channel);
                        m.event = "channel";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.remote = $root.zonebus.BillerRemoteChat.decode(r, r.size(), $undefined, q + 1, m.remote);
                        m.event = "remote";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.squad = $root.zonebus.BillerRemoteChat.decode(r, r.size(), $undefined, q + 1, m.squad);
                        m.event = "squad";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.banner = r.bytes();
                        m.event = "banner";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.registration = r.bytes();
                        m.event = "registration";
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.command = $root.zonebus.BillerCommand.decode(r, r.size(), $undefined, q + 1, m.command);
                        m.event = "command";
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        m.leaveQueued = r.bool();
                        m.event = "leaveQueued";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerEvent & zonebus.BillerEvent.$Shape} BillerEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerEvent message.
         * @function verify
         * @memberof zonebus.BillerEvent
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerEvent.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.enterArena != null && $Object.hasOwnProperty.call(m, "enterArena")) {
                p.event = 1;
                if (typeof m.enterArena !== "boolean")
                    return "enterArena: boolean expected";
            }
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                {
                    var e = $root.zonebus.BillerChannelChat.verify(m.channel, q + 1);
                    if (e)
                        return "channel." + e;
                }
            }
            if (m.remote != null && $Object.hasOwnProperty.call(m, "remote")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                {
                    var e = $root.zonebus.BillerRemoteChat.verify(m.remote, q + 1);
                    if (e)
                        return "remote." + e;
                }
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                {
                    var e = $root.zonebus.BillerRemoteChat.verify(m.squad, q + 1);
                    if (e)
                        return "squad." + e;
                }
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                if (!(m.banner && typeof m.banner.length === "number" || $util.isString(m.banner)))
                    return "banner: buffer expected";
            }
            if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                if (!(m.registration && typeof m.registration.length === "number" || $util.isString(m.registration)))
                    return "registration: buffer expected";
            }
            if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                {
                    var e = $root.zonebus.BillerCommand.verify(m.command, q + 1);
                    if (e)
                        return "command." + e;
                }
            }
            if (m.leaveQueued != null && $Object.hasOwnProperty.call(m, "leaveQueued")) {
                if (p.event === 1)
                    return "event: multiple values";
                p.event = 1;
                if (typeof m.leaveQueued !== "boolean")
                    return "leaveQueued: boolean expected";
            }
            return null;
        };

        /**
         * Creates a BillerEvent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerEvent
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerEvent} BillerEvent
         */
        BillerEvent.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerEvent)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerEvent: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerEvent();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.enterArena != null) {
                m.enterArena = $Boolean(d.enterArena);
            }
            if (d.channel != null) {
                if (!$util.isObject(d.channel))
                    throw $TypeError(".zonebus.BillerEvent.channel: object expected");
                m.channel = $root.zonebus.BillerChannelChat.fromObject(d.channel, q + 1);
            }
            if (d.remote != null) {
                if (!$util.isObject(d.remote))
                    throw $TypeError(".zonebus.BillerEvent.remote: object expected");
                m.remote = $root.zonebus.BillerRemoteChat.fromObject(d.remote, q + 1);
            }
            if (d.squad != null) {
                if (!$util.isObject(d.squad))
                    throw $TypeError(".zonebus.BillerEvent.squad: object expected");
                m.squad = $root.zonebus.BillerRemoteChat.fromObject(d.squad, q + 1);
            }
            if (d.banner != null) {
                if (typeof d.banner === "string")
                    $util.base64.decode(d.banner, m.banner = $util.newBuffer($util.base64.length(d.banner)), 0);
                else if (d.banner.length >= 0)
                    m.banner = d.banner;
            }
            if (d.registration != null) {
                if (typeof d.registration === "string")
                    $util.base64.decode(d.registration, m.registration = $util.newBuffer($util.base64.length(d.registration)), 0);
                else if (d.registration.length >= 0)
                    m.registration = d.registration;
            }
            if (d.command != null) {
                if (!$util.isObject(d.command))
                    throw $TypeError(".zonebus.BillerEvent.command: object expected");
                m.command = $root.zonebus.BillerCommand.fromObject(d.command, q + 1);
            }
            if (d.leaveQueued != null) {
                m.leaveQueued = $Boolean(d.leaveQueued);
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerEvent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerEvent
         * @static
         * @param {zonebus.BillerEvent} m BillerEvent
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerEvent.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.enterArena != null && $Object.hasOwnProperty.call(m, "enterArena")) {
                d.enterArena = m.enterArena;
                if (o.oneofs)
                    d.event = "enterArena";
            }
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                d.channel = $root.zonebus.BillerChannelChat.toObject(m.channel, o, q + 1);
                if (o.oneofs)
                    d.event = "channel";
            }
            if (m.remote != null && $Object.hasOwnProperty.call(m, "remote")) {
                d.remote = $root.zonebus.BillerRemoteChat.toObject(m.remote, o, q + 1);
                if (o.oneofs)
                    d.event = "remote";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = $root.zonebus.BillerRemoteChat.toObject(m.squad, o, q + 1);
                if (o.oneofs)
                    d.event = "squad";
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                d.banner = o.bytes === $String ? $util.base64.encode(m.banner, 0, m.banner.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.banner) : m.banner;
                if (o.oneofs)
                    d.event = "banner";
            }
            if (m.registration != null && $Object.hasOwnProperty.call(m, "registration")) {
                d.registration = o.bytes === $String ? $util.base64.encode(m.registration, 0, m.registration.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.registration) : m.registration;
                if (o.oneofs)
                    d.event = "registration";
            }
            if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                d.command = $root.zonebus.BillerCommand.toObject(m.command, o, q + 1);
                if (o.oneofs)
                    d.event = "command";
            }
            if (m.leaveQueued != null && $Object.hasOwnProperty.call(m, "leaveQueued")) {
                d.leaveQueued = m.leaveQueued;
                if (o.oneofs)
                    d.event = "leaveQueued";
            }
            return d;
        };

        /**
         * Converts this BillerEvent to JSON.
         * @function toJSON
         * @memberof zonebus.BillerEvent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerEvent.prototype.toJSON = function() {
            return BillerEvent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerEvent
         * @function getTypeUrl
         * @memberof zonebus.BillerEvent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerEvent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerEvent";
        };

        return BillerEvent;
    })();

    zonebus.BillerChannelChat = (function() {

        /**
         * Properties of a BillerChannelChat.
         * @typedef {Object} zonebus.BillerChannelChat.$Properties
         * @property {string|null} [channel] BillerChannelChat channel
         * @property {number|null} [sound] BillerChannelChat sound
         * @property {string|null} [text] BillerChannelChat text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerChannelChat.
         * @memberof zonebus
         * @interface IBillerChannelChat
         * @augments zonebus.BillerChannelChat.$Properties
         * @deprecated Use zonebus.BillerChannelChat.$Properties instead.
         */

        /**
         * Shape of a BillerChannelChat.
         * @typedef {zonebus.BillerChannelChat.$Properties} zonebus.BillerChannelChat.$Shape
         */

        /**
         * Constructs a new BillerChannelChat.
         * @memberof zonebus
         * @classdesc Represents a BillerChannelChat.
         * @constructor
         * @param {zonebus.BillerChannelChat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerChannelChat = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerChannelChat channel.
         * @member {string} channel
         * @memberof zonebus.BillerChannelChat
         * @instance
         */
        BillerChannelChat.prototype.channel = "";

        /**
         * BillerChannelChat sound.
         * @member {number} sound
         * @memberof zonebus.BillerChannelChat
         * @instance
         */
        BillerChannelChat.prototype.sound = 0;

        /**
         * BillerChannelChat text.
         * @member {string} text
         * @memberof zonebus.BillerChannelChat
         * @instance
         */
        BillerChannelChat.prototype.text = "";

        /**
         * Creates a new BillerChannelChat instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {zonebus.BillerChannelChat.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerChannelChat} BillerChannelChat instance
         * @type {{
         *   (properties: zonebus.BillerChannelChat.$Shape): zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape;
         *   (properties?: zonebus.BillerChannelChat.$Properties): zonebus.BillerChannelChat;
         * }}
         */
        BillerChannelChat.create = function(properties) {
            return new BillerChannelChat(properties);
        };

        /**
         * Encodes the specified BillerChannelChat message. Does not implicitly {@link zonebus.BillerChannelChat.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {zonebus.BillerChannelChat.$Properties} m BillerChannelChat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerChannelChat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel") && m.channel !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.channel);
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound") && m.sound !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.sound);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerChannelChat message, length delimited. Does not implicitly {@link zonebus.BillerChannelChat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {zonebus.BillerChannelChat.$Properties} message BillerChannelChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerChannelChat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerChannelChat message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape} BillerChannelChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerChannelChat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerChannelChat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.channel = v;
                        else
                            delete m.channel;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.sound = v;
                        else
                            delete m.sound;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerChannelChat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerChannelChat & zonebus.BillerChannelChat.$Shape} BillerChannelChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerChannelChat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerChannelChat message.
         * @function verify
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerChannelChat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                if (!$util.isString(m.channel))
                    return "channel: string expected";
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                if (!$util.isInteger(m.sound))
                    return "sound: integer expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerChannelChat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerChannelChat} BillerChannelChat
         */
        BillerChannelChat.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerChannelChat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerChannelChat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerChannelChat();
            if (d.channel != null) {
                if (typeof d.channel !== "string" || d.channel.length) {
                    m.channel = $String(d.channel);
                }
            }
            if (d.sound != null) {
                if ($Number(d.sound) !== 0) {
                    m.sound = d.sound >>> 0;
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerChannelChat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {zonebus.BillerChannelChat} m BillerChannelChat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerChannelChat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.channel = "";
                d.sound = 0;
                d.text = "";
            }
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                d.channel = m.channel;
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                d.sound = m.sound;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this BillerChannelChat to JSON.
         * @function toJSON
         * @memberof zonebus.BillerChannelChat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerChannelChat.prototype.toJSON = function() {
            return BillerChannelChat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerChannelChat
         * @function getTypeUrl
         * @memberof zonebus.BillerChannelChat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerChannelChat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerChannelChat";
        };

        return BillerChannelChat;
    })();

    zonebus.BillerRemoteChat = (function() {

        /**
         * Properties of a BillerRemoteChat.
         * @typedef {Object} zonebus.BillerRemoteChat.$Properties
         * @property {string|null} [sender] BillerRemoteChat sender
         * @property {string|null} [target] BillerRemoteChat target
         * @property {number|null} [sound] BillerRemoteChat sound
         * @property {string|null} [text] BillerRemoteChat text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerRemoteChat.
         * @memberof zonebus
         * @interface IBillerRemoteChat
         * @augments zonebus.BillerRemoteChat.$Properties
         * @deprecated Use zonebus.BillerRemoteChat.$Properties instead.
         */

        /**
         * Shape of a BillerRemoteChat.
         * @typedef {zonebus.BillerRemoteChat.$Properties} zonebus.BillerRemoteChat.$Shape
         */

        /**
         * Constructs a new BillerRemoteChat.
         * @memberof zonebus
         * @classdesc Represents a BillerRemoteChat.
         * @constructor
         * @param {zonebus.BillerRemoteChat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerRemoteChat = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerRemoteChat sender.
         * @member {string} sender
         * @memberof zonebus.BillerRemoteChat
         * @instance
         */
        BillerRemoteChat.prototype.sender = "";

        /**
         * BillerRemoteChat target.
         * @member {string} target
         * @memberof zonebus.BillerRemoteChat
         * @instance
         */
        BillerRemoteChat.prototype.target = "";

        /**
         * BillerRemoteChat sound.
         * @member {number} sound
         * @memberof zonebus.BillerRemoteChat
         * @instance
         */
        BillerRemoteChat.prototype.sound = 0;

        /**
         * BillerRemoteChat text.
         * @member {string} text
         * @memberof zonebus.BillerRemoteChat
         * @instance
         */
        BillerRemoteChat.prototype.text = "";

        /**
         * Creates a new BillerRemoteChat instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {zonebus.BillerRemoteChat.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerRemoteChat} BillerRemoteChat instance
         * @type {{
         *   (properties: zonebus.BillerRemoteChat.$Shape): zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape;
         *   (properties?: zonebus.BillerRemoteChat.$Properties): zonebus.BillerRemoteChat;
         * }}
         */
        BillerRemoteChat.create = function(properties) {
            return new BillerRemoteChat(properties);
        };

        /**
         * Encodes the specified BillerRemoteChat message. Does not implicitly {@link zonebus.BillerRemoteChat.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {zonebus.BillerRemoteChat.$Properties} m BillerRemoteChat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerRemoteChat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender") && m.sender !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.sender);
            if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.target);
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound") && m.sound !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.sound);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerRemoteChat message, length delimited. Does not implicitly {@link zonebus.BillerRemoteChat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {zonebus.BillerRemoteChat.$Properties} message BillerRemoteChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerRemoteChat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerRemoteChat message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape} BillerRemoteChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerRemoteChat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerRemoteChat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sender = v;
                        else
                            delete m.sender;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.target = v;
                        else
                            delete m.target;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.sound = v;
                        else
                            delete m.sound;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerRemoteChat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerRemoteChat & zonebus.BillerRemoteChat.$Shape} BillerRemoteChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerRemoteChat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerRemoteChat message.
         * @function verify
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerRemoteChat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                if (!$util.isString(m.sender))
                    return "sender: string expected";
            }
            if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                if (!$util.isString(m.target))
                    return "target: string expected";
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                if (!$util.isInteger(m.sound))
                    return "sound: integer expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerRemoteChat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerRemoteChat} BillerRemoteChat
         */
        BillerRemoteChat.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerRemoteChat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerRemoteChat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerRemoteChat();
            if (d.sender != null) {
                if (typeof d.sender !== "string" || d.sender.length) {
                    m.sender = $String(d.sender);
                }
            }
            if (d.target != null) {
                if (typeof d.target !== "string" || d.target.length) {
                    m.target = $String(d.target);
                }
            }
            if (d.sound != null) {
                if ($Number(d.sound) !== 0) {
                    m.sound = d.sound >>> 0;
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerRemoteChat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {zonebus.BillerRemoteChat} m BillerRemoteChat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerRemoteChat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.sender = "";
                d.target = "";
                d.sound = 0;
                d.text = "";
            }
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                d.sender = m.sender;
            }
            if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                d.target = m.target;
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                d.sound = m.sound;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this BillerRemoteChat to JSON.
         * @function toJSON
         * @memberof zonebus.BillerRemoteChat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerRemoteChat.prototype.toJSON = function() {
            return BillerRemoteChat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerRemoteChat
         * @function getTypeUrl
         * @memberof zonebus.BillerRemoteChat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerRemoteChat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerRemoteChat";
        };

        return BillerRemoteChat;
    })();

    zonebus.BillerCommand = (function() {

        /**
         * Properties of a BillerCommand.
         * @typedef {Object} zonebus.BillerCommand.$Properties
         * @property {string|null} [name] BillerCommand name
         * @property {string|null} [args] BillerCommand args
         * @property {boolean|null} [staff] BillerCommand staff
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerCommand.
         * @memberof zonebus
         * @interface IBillerCommand
         * @augments zonebus.BillerCommand.$Properties
         * @deprecated Use zonebus.BillerCommand.$Properties instead.
         */

        /**
         * Shape of a BillerCommand.
         * @typedef {zonebus.BillerCommand.$Properties} zonebus.BillerCommand.$Shape
         */

        /**
         * Constructs a new BillerCommand.
         * @memberof zonebus
         * @classdesc Represents a BillerCommand.
         * @constructor
         * @param {zonebus.BillerCommand.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerCommand = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerCommand name.
         * @member {string} name
         * @memberof zonebus.BillerCommand
         * @instance
         */
        BillerCommand.prototype.name = "";

        /**
         * BillerCommand args.
         * @member {string} args
         * @memberof zonebus.BillerCommand
         * @instance
         */
        BillerCommand.prototype.args = "";

        /**
         * BillerCommand staff.
         * @member {boolean} staff
         * @memberof zonebus.BillerCommand
         * @instance
         */
        BillerCommand.prototype.staff = false;

        /**
         * Creates a new BillerCommand instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerCommand
         * @static
         * @param {zonebus.BillerCommand.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerCommand} BillerCommand instance
         * @type {{
         *   (properties: zonebus.BillerCommand.$Shape): zonebus.BillerCommand & zonebus.BillerCommand.$Shape;
         *   (properties?: zonebus.BillerCommand.$Properties): zonebus.BillerCommand;
         * }}
         */
        BillerCommand.create = function(properties) {
            return new BillerCommand(properties);
        };

        /**
         * Encodes the specified BillerCommand message. Does not implicitly {@link zonebus.BillerCommand.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerCommand
         * @static
         * @param {zonebus.BillerCommand.$Properties} m BillerCommand message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerCommand.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.args != null && $Object.hasOwnProperty.call(m, "args") && m.args !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.args);
            if (m.staff != null && $Object.hasOwnProperty.call(m, "staff") && m.staff !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.staff);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerCommand message, length delimited. Does not implicitly {@link zonebus.BillerCommand.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerCommand
         * @static
         * @param {zonebus.BillerCommand.$Properties} message BillerCommand message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerCommand.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerCommand message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerCommand
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerCommand & zonebus.BillerCommand.$Shape} BillerCommand
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerCommand.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerCommand();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.args = v;
                        else
                            delete m.args;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.staff = v;
                        else
                            delete m.staff;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerCommand message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerCommand
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerCommand & zonebus.BillerCommand.$Shape} BillerCommand
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerCommand.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerCommand message.
         * @function verify
         * @memberof zonebus.BillerCommand
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerCommand.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                if (!$util.isString(m.args))
                    return "args: string expected";
            }
            if (m.staff != null && $Object.hasOwnProperty.call(m, "staff")) {
                if (typeof m.staff !== "boolean")
                    return "staff: boolean expected";
            }
            return null;
        };

        /**
         * Creates a BillerCommand message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerCommand
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerCommand} BillerCommand
         */
        BillerCommand.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerCommand)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerCommand: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerCommand();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.args != null) {
                if (typeof d.args !== "string" || d.args.length) {
                    m.args = $String(d.args);
                }
            }
            if (d.staff != null) {
                if (d.staff) {
                    m.staff = $Boolean(d.staff);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerCommand message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerCommand
         * @static
         * @param {zonebus.BillerCommand} m BillerCommand
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerCommand.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.args = "";
                d.staff = false;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                d.args = m.args;
            }
            if (m.staff != null && $Object.hasOwnProperty.call(m, "staff")) {
                d.staff = m.staff;
            }
            return d;
        };

        /**
         * Converts this BillerCommand to JSON.
         * @function toJSON
         * @memberof zonebus.BillerCommand
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerCommand.prototype.toJSON = function() {
            return BillerCommand.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerCommand
         * @function getTypeUrl
         * @memberof zonebus.BillerCommand
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerCommand.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerCommand";
        };

        return BillerCommand;
    })();

    zonebus.BillerQueuedLeave = (function() {

        /**
         * Properties of a BillerQueuedLeave.
         * @typedef {Object} zonebus.BillerQueuedLeave.$Properties
         * @property {number|null} [pid] BillerQueuedLeave pid
         * @property {string|null} [name] BillerQueuedLeave name
         * @property {string|null} [arena] BillerQueuedLeave arena
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerQueuedLeave.
         * @memberof zonebus
         * @interface IBillerQueuedLeave
         * @augments zonebus.BillerQueuedLeave.$Properties
         * @deprecated Use zonebus.BillerQueuedLeave.$Properties instead.
         */

        /**
         * Shape of a BillerQueuedLeave.
         * @typedef {zonebus.BillerQueuedLeave.$Properties} zonebus.BillerQueuedLeave.$Shape
         */

        /**
         * Constructs a new BillerQueuedLeave.
         * @memberof zonebus
         * @classdesc Represents a BillerQueuedLeave.
         * @constructor
         * @param {zonebus.BillerQueuedLeave.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerQueuedLeave = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerQueuedLeave pid.
         * @member {number} pid
         * @memberof zonebus.BillerQueuedLeave
         * @instance
         */
        BillerQueuedLeave.prototype.pid = 0;

        /**
         * BillerQueuedLeave name.
         * @member {string} name
         * @memberof zonebus.BillerQueuedLeave
         * @instance
         */
        BillerQueuedLeave.prototype.name = "";

        /**
         * BillerQueuedLeave arena.
         * @member {string} arena
         * @memberof zonebus.BillerQueuedLeave
         * @instance
         */
        BillerQueuedLeave.prototype.arena = "";

        /**
         * Creates a new BillerQueuedLeave instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {zonebus.BillerQueuedLeave.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerQueuedLeave} BillerQueuedLeave instance
         * @type {{
         *   (properties: zonebus.BillerQueuedLeave.$Shape): zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape;
         *   (properties?: zonebus.BillerQueuedLeave.$Properties): zonebus.BillerQueuedLeave;
         * }}
         */
        BillerQueuedLeave.create = function(properties) {
            return new BillerQueuedLeave(properties);
        };

        /**
         * Encodes the specified BillerQueuedLeave message. Does not implicitly {@link zonebus.BillerQueuedLeave.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {zonebus.BillerQueuedLeave.$Properties} m BillerQueuedLeave message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerQueuedLeave.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.arena);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerQueuedLeave message, length delimited. Does not implicitly {@link zonebus.BillerQueuedLeave.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {zonebus.BillerQueuedLeave.$Properties} message BillerQueuedLeave message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerQueuedLeave.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerQueuedLeave message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape} BillerQueuedLeave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerQueuedLeave.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerQueuedLeave();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerQueuedLeave message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerQueuedLeave & zonebus.BillerQueuedLeave.$Shape} BillerQueuedLeave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerQueuedLeave.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerQueuedLeave message.
         * @function verify
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerQueuedLeave.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerQueuedLeave message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerQueuedLeave} BillerQueuedLeave
         */
        BillerQueuedLeave.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerQueuedLeave)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerQueuedLeave: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerQueuedLeave();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerQueuedLeave message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {zonebus.BillerQueuedLeave} m BillerQueuedLeave
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerQueuedLeave.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.name = "";
                d.arena = "";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            return d;
        };

        /**
         * Converts this BillerQueuedLeave to JSON.
         * @function toJSON
         * @memberof zonebus.BillerQueuedLeave
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerQueuedLeave.prototype.toJSON = function() {
            return BillerQueuedLeave.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerQueuedLeave
         * @function getTypeUrl
         * @memberof zonebus.BillerQueuedLeave
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerQueuedLeave.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerQueuedLeave";
        };

        return BillerQueuedLeave;
    })();

    zonebus.BillerNoticeMessage = (function() {

        /**
         * Properties of a BillerNoticeMessage.
         * @typedef {Object} zonebus.BillerNoticeMessage.$Properties
         * @property {zonebus.BillerKick.$Properties|null} [kick] BillerNoticeMessage kick
         * @property {zonebus.BillerPlayerBanner.$Properties|null} [banner] BillerNoticeMessage banner
         * @property {zonebus.BillerChat.$Properties|null} [chat] BillerNoticeMessage chat
         * @property {string|null} [scoreReset] BillerNoticeMessage scoreReset
         * @property {zonebus.BillerPlayerPacket.$Properties|null} [packet] BillerNoticeMessage packet
         * @property {zonebus.BillerLinkState.$Properties|null} [link] BillerNoticeMessage link
         * @property {"kick"|"banner"|"chat"|"scoreReset"|"packet"|"link"} [notice] BillerNoticeMessage notice
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerNoticeMessage.
         * @memberof zonebus
         * @interface IBillerNoticeMessage
         * @augments zonebus.BillerNoticeMessage.$Properties
         * @deprecated Use zonebus.BillerNoticeMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a BillerNoticeMessage.
         * @typedef {{
         *   kick?: zonebus.BillerKick.$Shape|null;
         *   banner?: zonebus.BillerPlayerBanner.$Shape|null;
         *   chat?: zonebus.BillerChat.$Shape|null;
         *   scoreReset?: string|null;
         *   packet?: zonebus.BillerPlayerPacket.$Shape|null;
         *   link?: zonebus.BillerLinkState.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ notice?: undefined; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "kick"; kick: zonebus.BillerKick.$Shape; banner?: null; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "banner"; kick?: null; banner: zonebus.BillerPlayerBanner.$Shape; chat?: null; scoreReset?: null; packet?: null; link?: null }|{ notice?: "chat"; kick?: null; banner?: null; chat: zonebus.BillerChat.$Shape; scoreReset?: null; packet?: null; link?: null }|{ notice?: "scoreReset"; kick?: null; banner?: null; chat?: null; scoreReset: string; packet?: null; link?: null }|{ notice?: "packet"; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet: zonebus.BillerPlayerPacket.$Shape; link?: null }|{ notice?: "link"; kick?: null; banner?: null; chat?: null; scoreReset?: null; packet?: null; link: zonebus.BillerLinkState.$Shape })
         * )} zonebus.BillerNoticeMessage.$Shape
         */

        /**
         * Constructs a new BillerNoticeMessage.
         * @memberof zonebus
         * @classdesc Represents a BillerNoticeMessage.
         * @constructor
         * @param {zonebus.BillerNoticeMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerNoticeMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerNoticeMessage kick.
         * @member {zonebus.BillerKick.$Properties|null|undefined} kick
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.kick = null;

        /**
         * BillerNoticeMessage banner.
         * @member {zonebus.BillerPlayerBanner.$Properties|null|undefined} banner
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.banner = null;

        /**
         * BillerNoticeMessage chat.
         * @member {zonebus.BillerChat.$Properties|null|undefined} chat
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.chat = null;

        /**
         * BillerNoticeMessage scoreReset.
         * @member {string|null|undefined} scoreReset
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.scoreReset = null;

        /**
         * BillerNoticeMessage packet.
         * @member {zonebus.BillerPlayerPacket.$Properties|null|undefined} packet
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.packet = null;

        /**
         * BillerNoticeMessage link.
         * @member {zonebus.BillerLinkState.$Properties|null|undefined} link
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        BillerNoticeMessage.prototype.link = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * BillerNoticeMessage notice.
         * @member {"kick"|"banner"|"chat"|"scoreReset"|"packet"|"link"|undefined} notice
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         */
        $Object.defineProperty(BillerNoticeMessage.prototype, "notice", {
            get: $util.oneOfGetter($oneOfFields = ["kick", "banner", "chat", "scoreReset", "packet", "link"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new BillerNoticeMessage instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {zonebus.BillerNoticeMessage.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerNoticeMessage} BillerNoticeMessage instance
         * @type {{
         *   (properties: zonebus.BillerNoticeMessage.$Shape): zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape;
         *   (properties?: zonebus.BillerNoticeMessage.$Properties): zonebus.BillerNoticeMessage;
         * }}
         */
        BillerNoticeMessage.create = function(properties) {
            return new BillerNoticeMessage(properties);
        };

        /**
         * Encodes the specified BillerNoticeMessage message. Does not implicitly {@link zonebus.BillerNoticeMessage.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {zonebus.BillerNoticeMessage.$Properties} m BillerNoticeMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerNoticeMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick"))
                $root.zonebus.BillerKick.encode(m.kick, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner"))
                $root.zonebus.BillerPlayerBanner.encode(m.banner, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat"))
                $root.zonebus.BillerChat.encode(m.chat, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.scoreReset);
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet"))
                $root.zonebus.BillerPlayerPacket.encode(m.packet, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.link != null && $Object.hasOwnProperty.call(m, "link"))
                $root.zonebus.BillerLinkState.encode(m.link, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerNoticeMessage message, length delimited. Does not implicitly {@link zonebus.BillerNoticeMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {zonebus.BillerNoticeMessage.$Properties} message BillerNoticeMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerNoticeMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerNoticeMessage message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape} BillerNoticeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerNoticeMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerNoticeMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.kick = $root.zonebus.BillerKick.decode(r, r.size(), $undefined, q + 1, m.kick);
                        m.notice = "kick";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.banner = $root.zonebus.BillerPlayerBanner.decode(r, r.size(), $undefined, q + 1, m.banner);
                        m.notice = "banner";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.chat = $root.zonebus.BillerChat.decode(r, r.size(), $undefined, q + 1, m.chat);
                        m.notice = "chat";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.scoreReset = r.stringVerify();
                        m.notice = "scoreReset";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.packet = $root.zonebus.BillerPlayerPacket.decode(r, r.size(), $undefined, q + 1, m.packet);
                        m.notice = "packet";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.link = $root.zonebus.BillerLinkState.decode(r, r.size(), $undefined, q + 1, m.link);
                        m.notice = "link";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerNoticeMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerNoticeMessage & zonebus.BillerNoticeMessage.$Shape} BillerNoticeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerNoticeMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerNoticeMessage message.
         * @function verify
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerNoticeMessage.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick")) {
                p.notice = 1;
                {
                    var e = $root.zonebus.BillerKick.verify(m.kick, q + 1);
                    if (e)
                        return "kick." + e;
                }
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                if (p.notice === 1)
                    return "notice: multiple values";
                p.notice = 1;
                {
                    var e = $root.zonebus.BillerPlayerBanner.verify(m.banner, q + 1);
                    if (e)
                        return "banner." + e;
                }
            }
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat")) {
                if (p.notice === 1)
                    return "notice: multiple values";
                p.notice = 1;
                {
                    var e = $root.zonebus.BillerChat.verify(m.chat, q + 1);
                    if (e)
                        return "chat." + e;
                }
            }
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset")) {
                if (p.notice === 1)
                    return "notice: multiple values";
                p.notice = 1;
                if (!$util.isString(m.scoreReset))
                    return "scoreReset: string expected";
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                if (p.notice === 1)
                    return "notice: multiple values";
                p.notice = 1;
                {
                    var e = $root.zonebus.BillerPlayerPacket.verify(m.packet, q + 1);
                    if (e)
                        return "packet." + e;
                }
            }
            if (m.link != null && $Object.hasOwnProperty.call(m, "link")) {
                if (p.notice === 1)
                    return "notice: multiple values";
                p.notice = 1;
                {
                    var e = $root.zonebus.BillerLinkState.verify(m.link, q + 1);
                    if (e)
                        return "link." + e;
                }
            }
            return null;
        };

        /**
         * Creates a BillerNoticeMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerNoticeMessage} BillerNoticeMessage
         */
        BillerNoticeMessage.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerNoticeMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerNoticeMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerNoticeMessage();
            if (d.kick != null) {
                if (!$util.isObject(d.kick))
                    throw $TypeError(".zonebus.BillerNoticeMessage.kick: object expected");
                m.kick = $root.zonebus.BillerKick.fromObject(d.kick, q + 1);
            }
            if (d.banner != null) {
                if (!$util.isObject(d.banner))
                    throw $TypeError(".zonebus.BillerNoticeMessage.banner: object expected");
                m.banner = $root.zonebus.BillerPlayerBanner.fromObject(d.banner, q + 1);
            }
            if (d.chat != null) {
                if (!$util.isObject(d.chat))
                    throw $TypeError(".zonebus.BillerNoticeMessage.chat: object expected");
                m.chat = $root.zonebus.BillerChat.fromObject(d.chat, q + 1);
            }
            if (d.scoreReset != null) {
                m.scoreReset = $String(d.scoreReset);
            }
            if (d.packet != null) {
                if (!$util.isObject(d.packet))
                    throw $TypeError(".zonebus.BillerNoticeMessage.packet: object expected");
                m.packet = $root.zonebus.BillerPlayerPacket.fromObject(d.packet, q + 1);
            }
            if (d.link != null) {
                if (!$util.isObject(d.link))
                    throw $TypeError(".zonebus.BillerNoticeMessage.link: object expected");
                m.link = $root.zonebus.BillerLinkState.fromObject(d.link, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerNoticeMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {zonebus.BillerNoticeMessage} m BillerNoticeMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerNoticeMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.kick != null && $Object.hasOwnProperty.call(m, "kick")) {
                d.kick = $root.zonebus.BillerKick.toObject(m.kick, o, q + 1);
                if (o.oneofs)
                    d.notice = "kick";
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                d.banner = $root.zonebus.BillerPlayerBanner.toObject(m.banner, o, q + 1);
                if (o.oneofs)
                    d.notice = "banner";
            }
            if (m.chat != null && $Object.hasOwnProperty.call(m, "chat")) {
                d.chat = $root.zonebus.BillerChat.toObject(m.chat, o, q + 1);
                if (o.oneofs)
                    d.notice = "chat";
            }
            if (m.scoreReset != null && $Object.hasOwnProperty.call(m, "scoreReset")) {
                d.scoreReset = m.scoreReset;
                if (o.oneofs)
                    d.notice = "scoreReset";
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                d.packet = $root.zonebus.BillerPlayerPacket.toObject(m.packet, o, q + 1);
                if (o.oneofs)
                    d.notice = "packet";
            }
            if (m.link != null && $Object.hasOwnProperty.call(m, "link")) {
                d.link = $root.zonebus.BillerLinkState.toObject(m.link, o, q + 1);
                if (o.oneofs)
                    d.notice = "link";
            }
            return d;
        };

        /**
         * Converts this BillerNoticeMessage to JSON.
         * @function toJSON
         * @memberof zonebus.BillerNoticeMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerNoticeMessage.prototype.toJSON = function() {
            return BillerNoticeMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerNoticeMessage
         * @function getTypeUrl
         * @memberof zonebus.BillerNoticeMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerNoticeMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerNoticeMessage";
        };

        return BillerNoticeMessage;
    })();

    zonebus.BillerKick = (function() {

        /**
         * Properties of a BillerKick.
         * @typedef {Object} zonebus.BillerKick.$Properties
         * @property {number|null} [pid] BillerKick pid
         * @property {string|null} [reason] BillerKick reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerKick.
         * @memberof zonebus
         * @interface IBillerKick
         * @augments zonebus.BillerKick.$Properties
         * @deprecated Use zonebus.BillerKick.$Properties instead.
         */

        /**
         * Shape of a BillerKick.
         * @typedef {zonebus.BillerKick.$Properties} zonebus.BillerKick.$Shape
         */

        /**
         * Constructs a new BillerKick.
         * @memberof zonebus
         * @classdesc Represents a BillerKick.
         * @constructor
         * @param {zonebus.BillerKick.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerKick = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerKick pid.
         * @member {number} pid
         * @memberof zonebus.BillerKick
         * @instance
         */
        BillerKick.prototype.pid = 0;

        /**
         * BillerKick reason.
         * @member {string} reason
         * @memberof zonebus.BillerKick
         * @instance
         */
        BillerKick.prototype.reason = "";

        /**
         * Creates a new BillerKick instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerKick
         * @static
         * @param {zonebus.BillerKick.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerKick} BillerKick instance
         * @type {{
         *   (properties: zonebus.BillerKick.$Shape): zonebus.BillerKick & zonebus.BillerKick.$Shape;
         *   (properties?: zonebus.BillerKick.$Properties): zonebus.BillerKick;
         * }}
         */
        BillerKick.create = function(properties) {
            return new BillerKick(properties);
        };

        /**
         * Encodes the specified BillerKick message. Does not implicitly {@link zonebus.BillerKick.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerKick
         * @static
         * @param {zonebus.BillerKick.$Properties} m BillerKick message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerKick.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerKick message, length delimited. Does not implicitly {@link zonebus.BillerKick.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerKick
         * @static
         * @param {zonebus.BillerKick.$Properties} message BillerKick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerKick.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerKick message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerKick
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerKick & zonebus.BillerKick.$Shape} BillerKick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerKick.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerKick();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerKick message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerKick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerKick & zonebus.BillerKick.$Shape} BillerKick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerKick.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerKick message.
         * @function verify
         * @memberof zonebus.BillerKick
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerKick.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerKick message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerKick
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerKick} BillerKick
         */
        BillerKick.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerKick)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerKick: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerKick();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerKick message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerKick
         * @static
         * @param {zonebus.BillerKick} m BillerKick
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerKick.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.reason = "";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this BillerKick to JSON.
         * @function toJSON
         * @memberof zonebus.BillerKick
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerKick.prototype.toJSON = function() {
            return BillerKick.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerKick
         * @function getTypeUrl
         * @memberof zonebus.BillerKick
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerKick.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerKick";
        };

        return BillerKick;
    })();

    zonebus.BillerPlayerBanner = (function() {

        /**
         * Properties of a BillerPlayerBanner.
         * @typedef {Object} zonebus.BillerPlayerBanner.$Properties
         * @property {number|null} [pid] BillerPlayerBanner pid
         * @property {Uint8Array|null} [banner] BillerPlayerBanner banner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerPlayerBanner.
         * @memberof zonebus
         * @interface IBillerPlayerBanner
         * @augments zonebus.BillerPlayerBanner.$Properties
         * @deprecated Use zonebus.BillerPlayerBanner.$Properties instead.
         */

        /**
         * Shape of a BillerPlayerBanner.
         * @typedef {zonebus.BillerPlayerBanner.$Properties} zonebus.BillerPlayerBanner.$Shape
         */

        /**
         * Constructs a new BillerPlayerBanner.
         * @memberof zonebus
         * @classdesc Represents a BillerPlayerBanner.
         * @constructor
         * @param {zonebus.BillerPlayerBanner.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerPlayerBanner = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerPlayerBanner pid.
         * @member {number} pid
         * @memberof zonebus.BillerPlayerBanner
         * @instance
         */
        BillerPlayerBanner.prototype.pid = 0;

        /**
         * BillerPlayerBanner banner.
         * @member {Uint8Array} banner
         * @memberof zonebus.BillerPlayerBanner
         * @instance
         */
        BillerPlayerBanner.prototype.banner = $util.newBuffer([]);

        /**
         * Creates a new BillerPlayerBanner instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {zonebus.BillerPlayerBanner.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerPlayerBanner} BillerPlayerBanner instance
         * @type {{
         *   (properties: zonebus.BillerPlayerBanner.$Shape): zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape;
         *   (properties?: zonebus.BillerPlayerBanner.$Properties): zonebus.BillerPlayerBanner;
         * }}
         */
        BillerPlayerBanner.create = function(properties) {
            return new BillerPlayerBanner(properties);
        };

        /**
         * Encodes the specified BillerPlayerBanner message. Does not implicitly {@link zonebus.BillerPlayerBanner.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {zonebus.BillerPlayerBanner.$Properties} m BillerPlayerBanner message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerPlayerBanner.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner") && m.banner.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.banner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerPlayerBanner message, length delimited. Does not implicitly {@link zonebus.BillerPlayerBanner.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {zonebus.BillerPlayerBanner.$Properties} message BillerPlayerBanner message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerPlayerBanner.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerPlayerBanner message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape} BillerPlayerBanner
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerPlayerBanner.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerPlayerBanner();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.banner = v;
                        else
                            delete m.banner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerPlayerBanner message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerPlayerBanner & zonebus.BillerPlayerBanner.$Shape} BillerPlayerBanner
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerPlayerBanner.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerPlayerBanner message.
         * @function verify
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerPlayerBanner.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                if (!(m.banner && typeof m.banner.length === "number" || $util.isString(m.banner)))
                    return "banner: buffer expected";
            }
            return null;
        };

        /**
         * Creates a BillerPlayerBanner message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerPlayerBanner} BillerPlayerBanner
         */
        BillerPlayerBanner.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerPlayerBanner)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerPlayerBanner: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerPlayerBanner();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.banner != null) {
                if (d.banner.length) {
                    if (typeof d.banner === "string")
                        $util.base64.decode(d.banner, m.banner = $util.newBuffer($util.base64.length(d.banner)), 0);
                    else if (d.banner.length >= 0)
                        m.banner = d.banner;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerPlayerBanner message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {zonebus.BillerPlayerBanner} m BillerPlayerBanner
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerPlayerBanner.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                if (o.bytes === $String)
                    d.banner = "";
                else {
                    d.banner = [];
                    if (o.bytes !== $Array)
                        d.banner = $util.newBuffer(d.banner);
                }
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.banner != null && $Object.hasOwnProperty.call(m, "banner")) {
                d.banner = o.bytes === $String ? $util.base64.encode(m.banner, 0, m.banner.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.banner) : m.banner;
            }
            return d;
        };

        /**
         * Converts this BillerPlayerBanner to JSON.
         * @function toJSON
         * @memberof zonebus.BillerPlayerBanner
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerPlayerBanner.prototype.toJSON = function() {
            return BillerPlayerBanner.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerPlayerBanner
         * @function getTypeUrl
         * @memberof zonebus.BillerPlayerBanner
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerPlayerBanner.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerPlayerBanner";
        };

        return BillerPlayerBanner;
    })();

    /**
     * BillerChatKind enum.
     * @name zonebus.BillerChatKind
     * @enum {number}
     * @property {number} BILLER_CHAT_CHANNEL=0 BILLER_CHAT_CHANNEL value
     * @property {number} BILLER_CHAT_REMOTE=1 BILLER_CHAT_REMOTE value
     * @property {number} BILLER_CHAT_SQUAD=2 BILLER_CHAT_SQUAD value
     * @property {number} BILLER_CHAT_NAMED=3 BILLER_CHAT_NAMED value
     * @property {number} BILLER_CHAT_MESSAGE=4 BILLER_CHAT_MESSAGE value
     * @property {number} BILLER_CHAT_STAFF=5 BILLER_CHAT_STAFF value
     * @property {number} BILLER_CHAT_BROADCAST=6 BILLER_CHAT_BROADCAST value
     */
    zonebus.BillerChatKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BILLER_CHAT_CHANNEL"] = 0;
        values[valuesById[1] = "BILLER_CHAT_REMOTE"] = 1;
        values[valuesById[2] = "BILLER_CHAT_SQUAD"] = 2;
        values[valuesById[3] = "BILLER_CHAT_NAMED"] = 3;
        values[valuesById[4] = "BILLER_CHAT_MESSAGE"] = 4;
        values[valuesById[5] = "BILLER_CHAT_STAFF"] = 5;
        values[valuesById[6] = "BILLER_CHAT_BROADCAST"] = 6;
        return values;
    })();

    zonebus.BillerChat = (function() {

        /**
         * Properties of a BillerChat.
         * @typedef {Object} zonebus.BillerChat.$Properties
         * @property {zonebus.BillerChatKind|null} [kind] BillerChat kind
         * @property {number|null} [pid] BillerChat pid
         * @property {string|null} [squad] BillerChat squad
         * @property {string|null} [name] BillerChat name
         * @property {string|null} [sender] BillerChat sender
         * @property {number|null} [sound] BillerChat sound
         * @property {string|null} [text] BillerChat text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerChat.
         * @memberof zonebus
         * @interface IBillerChat
         * @augments zonebus.BillerChat.$Properties
         * @deprecated Use zonebus.BillerChat.$Properties instead.
         */

        /**
         * Shape of a BillerChat.
         * @typedef {zonebus.BillerChat.$Properties} zonebus.BillerChat.$Shape
         */

        /**
         * Constructs a new BillerChat.
         * @memberof zonebus
         * @classdesc Represents a BillerChat.
         * @constructor
         * @param {zonebus.BillerChat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerChat = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerChat kind.
         * @member {zonebus.BillerChatKind} kind
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.kind = 0;

        /**
         * BillerChat pid.
         * @member {number} pid
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.pid = 0;

        /**
         * BillerChat squad.
         * @member {string} squad
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.squad = "";

        /**
         * BillerChat name.
         * @member {string} name
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.name = "";

        /**
         * BillerChat sender.
         * @member {string} sender
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.sender = "";

        /**
         * BillerChat sound.
         * @member {number} sound
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.sound = 0;

        /**
         * BillerChat text.
         * @member {string} text
         * @memberof zonebus.BillerChat
         * @instance
         */
        BillerChat.prototype.text = "";

        /**
         * Creates a new BillerChat instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerChat
         * @static
         * @param {zonebus.BillerChat.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerChat} BillerChat instance
         * @type {{
         *   (properties: zonebus.BillerChat.$Shape): zonebus.BillerChat & zonebus.BillerChat.$Shape;
         *   (properties?: zonebus.BillerChat.$Properties): zonebus.BillerChat;
         * }}
         */
        BillerChat.create = function(properties) {
            return new BillerChat(properties);
        };

        /**
         * Encodes the specified BillerChat message. Does not implicitly {@link zonebus.BillerChat.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerChat
         * @static
         * @param {zonebus.BillerChat.$Properties} m BillerChat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerChat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pid);
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad") && m.squad !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.squad);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.name);
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender") && m.sender !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.sender);
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound") && m.sound !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.sound);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerChat message, length delimited. Does not implicitly {@link zonebus.BillerChat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerChat
         * @static
         * @param {zonebus.BillerChat.$Properties} message BillerChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerChat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerChat message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerChat & zonebus.BillerChat.$Shape} BillerChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerChat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerChat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.squad = v;
                        else
                            delete m.squad;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.sender = v;
                        else
                            delete m.sender;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.sound = v;
                        else
                            delete m.sound;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerChat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerChat & zonebus.BillerChat.$Shape} BillerChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerChat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerChat message.
         * @function verify
         * @memberof zonebus.BillerChat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerChat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                    return "kind: enum value expected";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (!$util.isString(m.squad))
                    return "squad: string expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                if (!$util.isString(m.sender))
                    return "sender: string expected";
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                if (!$util.isInteger(m.sound))
                    return "sound: integer expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerChat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerChat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerChat} BillerChat
         */
        BillerChat.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerChat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerChat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerChat();
            if (d.kind !== 0 && (typeof d.kind !== "string" || $root.zonebus.BillerChatKind[d.kind] !== 0)) {
                switch (d.kind) {
                case "BILLER_CHAT_CHANNEL":
                case 0:
                    m.kind = 0;
                    break;
                case "BILLER_CHAT_REMOTE":
                case 1:
                    m.kind = 1;
                    break;
                case "BILLER_CHAT_SQUAD":
                case 2:
                    m.kind = 2;
                    break;
                case "BILLER_CHAT_NAMED":
                case 3:
                    m.kind = 3;
                    break;
                case "BILLER_CHAT_MESSAGE":
                case 4:
                    m.kind = 4;
                    break;
                case "BILLER_CHAT_STAFF":
                case 5:
                    m.kind = 5;
                    break;
                case "BILLER_CHAT_BROADCAST":
                case 6:
                    m.kind = 6;
                    break;
                default:
                    if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                        m.kind = d.kind;
                }
            }
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.squad != null) {
                if (typeof d.squad !== "string" || d.squad.length) {
                    m.squad = $String(d.squad);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.sender != null) {
                if (typeof d.sender !== "string" || d.sender.length) {
                    m.sender = $String(d.sender);
                }
            }
            if (d.sound != null) {
                if ($Number(d.sound) !== 0) {
                    m.sound = d.sound >>> 0;
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerChat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerChat
         * @static
         * @param {zonebus.BillerChat} m BillerChat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerChat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.kind = o.enums === $String ? "BILLER_CHAT_CHANNEL" : 0;
                d.pid = 0;
                d.squad = "";
                d.name = "";
                d.sender = "";
                d.sound = 0;
                d.text = "";
            }
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                d.kind = o.enums === $String ? $root.zonebus.BillerChatKind[m.kind] === $undefined ? m.kind : $root.zonebus.BillerChatKind[m.kind] : m.kind;
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = m.squad;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                d.sender = m.sender;
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                d.sound = m.sound;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this BillerChat to JSON.
         * @function toJSON
         * @memberof zonebus.BillerChat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerChat.prototype.toJSON = function() {
            return BillerChat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerChat
         * @function getTypeUrl
         * @memberof zonebus.BillerChat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerChat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerChat";
        };

        return BillerChat;
    })();

    zonebus.BillerPlayerPacket = (function() {

        /**
         * Properties of a BillerPlayerPacket.
         * @typedef {Object} zonebus.BillerPlayerPacket.$Properties
         * @property {number|null} [pid] BillerPlayerPacket pid
         * @property {Uint8Array|null} [data] BillerPlayerPacket data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerPlayerPacket.
         * @memberof zonebus
         * @interface IBillerPlayerPacket
         * @augments zonebus.BillerPlayerPacket.$Properties
         * @deprecated Use zonebus.BillerPlayerPacket.$Properties instead.
         */

        /**
         * Shape of a BillerPlayerPacket.
         * @typedef {zonebus.BillerPlayerPacket.$Properties} zonebus.BillerPlayerPacket.$Shape
         */

        /**
         * Constructs a new BillerPlayerPacket.
         * @memberof zonebus
         * @classdesc Represents a BillerPlayerPacket.
         * @constructor
         * @param {zonebus.BillerPlayerPacket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerPlayerPacket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerPlayerPacket pid.
         * @member {number} pid
         * @memberof zonebus.BillerPlayerPacket
         * @instance
         */
        BillerPlayerPacket.prototype.pid = 0;

        /**
         * BillerPlayerPacket data.
         * @member {Uint8Array} data
         * @memberof zonebus.BillerPlayerPacket
         * @instance
         */
        BillerPlayerPacket.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new BillerPlayerPacket instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {zonebus.BillerPlayerPacket.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerPlayerPacket} BillerPlayerPacket instance
         * @type {{
         *   (properties: zonebus.BillerPlayerPacket.$Shape): zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape;
         *   (properties?: zonebus.BillerPlayerPacket.$Properties): zonebus.BillerPlayerPacket;
         * }}
         */
        BillerPlayerPacket.create = function(properties) {
            return new BillerPlayerPacket(properties);
        };

        /**
         * Encodes the specified BillerPlayerPacket message. Does not implicitly {@link zonebus.BillerPlayerPacket.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {zonebus.BillerPlayerPacket.$Properties} m BillerPlayerPacket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerPlayerPacket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerPlayerPacket message, length delimited. Does not implicitly {@link zonebus.BillerPlayerPacket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {zonebus.BillerPlayerPacket.$Properties} message BillerPlayerPacket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerPlayerPacket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerPlayerPacket message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape} BillerPlayerPacket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerPlayerPacket.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerPlayerPacket();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerPlayerPacket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerPlayerPacket & zonebus.BillerPlayerPacket.$Shape} BillerPlayerPacket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerPlayerPacket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerPlayerPacket message.
         * @function verify
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerPlayerPacket.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a BillerPlayerPacket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerPlayerPacket} BillerPlayerPacket
         */
        BillerPlayerPacket.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerPlayerPacket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerPlayerPacket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerPlayerPacket();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerPlayerPacket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {zonebus.BillerPlayerPacket} m BillerPlayerPacket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerPlayerPacket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this BillerPlayerPacket to JSON.
         * @function toJSON
         * @memberof zonebus.BillerPlayerPacket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerPlayerPacket.prototype.toJSON = function() {
            return BillerPlayerPacket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerPlayerPacket
         * @function getTypeUrl
         * @memberof zonebus.BillerPlayerPacket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerPlayerPacket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerPlayerPacket";
        };

        return BillerPlayerPacket;
    })();

    zonebus.BillerLinkState = (function() {

        /**
         * Properties of a BillerLinkState.
         * @typedef {Object} zonebus.BillerLinkState.$Properties
         * @property {boolean|null} [up] BillerLinkState up
         * @property {string|null} [reason] BillerLinkState reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerLinkState.
         * @memberof zonebus
         * @interface IBillerLinkState
         * @augments zonebus.BillerLinkState.$Properties
         * @deprecated Use zonebus.BillerLinkState.$Properties instead.
         */

        /**
         * Shape of a BillerLinkState.
         * @typedef {zonebus.BillerLinkState.$Properties} zonebus.BillerLinkState.$Shape
         */

        /**
         * Constructs a new BillerLinkState.
         * @memberof zonebus
         * @classdesc Represents a BillerLinkState.
         * @constructor
         * @param {zonebus.BillerLinkState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerLinkState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerLinkState up.
         * @member {boolean} up
         * @memberof zonebus.BillerLinkState
         * @instance
         */
        BillerLinkState.prototype.up = false;

        /**
         * BillerLinkState reason.
         * @member {string} reason
         * @memberof zonebus.BillerLinkState
         * @instance
         */
        BillerLinkState.prototype.reason = "";

        /**
         * Creates a new BillerLinkState instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {zonebus.BillerLinkState.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerLinkState} BillerLinkState instance
         * @type {{
         *   (properties: zonebus.BillerLinkState.$Shape): zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape;
         *   (properties?: zonebus.BillerLinkState.$Properties): zonebus.BillerLinkState;
         * }}
         */
        BillerLinkState.create = function(properties) {
            return new BillerLinkState(properties);
        };

        /**
         * Encodes the specified BillerLinkState message. Does not implicitly {@link zonebus.BillerLinkState.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {zonebus.BillerLinkState.$Properties} m BillerLinkState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLinkState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.up != null && $Object.hasOwnProperty.call(m, "up") && m.up !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.up);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerLinkState message, length delimited. Does not implicitly {@link zonebus.BillerLinkState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {zonebus.BillerLinkState.$Properties} message BillerLinkState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerLinkState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerLinkState message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape} BillerLinkState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLinkState.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerLinkState();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.up = v;
                        else
                            delete m.up;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerLinkState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerLinkState & zonebus.BillerLinkState.$Shape} BillerLinkState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerLinkState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerLinkState message.
         * @function verify
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerLinkState.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.up != null && $Object.hasOwnProperty.call(m, "up")) {
                if (typeof m.up !== "boolean")
                    return "up: boolean expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a BillerLinkState message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerLinkState} BillerLinkState
         */
        BillerLinkState.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerLinkState)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerLinkState: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerLinkState();
            if (d.up != null) {
                if (d.up) {
                    m.up = $Boolean(d.up);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerLinkState message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {zonebus.BillerLinkState} m BillerLinkState
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerLinkState.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.up = false;
                d.reason = "";
            }
            if (m.up != null && $Object.hasOwnProperty.call(m, "up")) {
                d.up = m.up;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this BillerLinkState to JSON.
         * @function toJSON
         * @memberof zonebus.BillerLinkState
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerLinkState.prototype.toJSON = function() {
            return BillerLinkState.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerLinkState
         * @function getTypeUrl
         * @memberof zonebus.BillerLinkState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerLinkState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerLinkState";
        };

        return BillerLinkState;
    })();

    zonebus.BillerCachedLogin = (function() {

        /**
         * Properties of a BillerCachedLogin.
         * @typedef {Object} zonebus.BillerCachedLogin.$Properties
         * @property {string|null} [name] BillerCachedLogin name
         * @property {string|null} [hash] BillerCachedLogin hash
         * @property {string|null} [squad] BillerCachedLogin squad
         * @property {number|null} [userId] BillerCachedLogin userId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BillerCachedLogin.
         * @memberof zonebus
         * @interface IBillerCachedLogin
         * @augments zonebus.BillerCachedLogin.$Properties
         * @deprecated Use zonebus.BillerCachedLogin.$Properties instead.
         */

        /**
         * Shape of a BillerCachedLogin.
         * @typedef {zonebus.BillerCachedLogin.$Properties} zonebus.BillerCachedLogin.$Shape
         */

        /**
         * Constructs a new BillerCachedLogin.
         * @memberof zonebus
         * @classdesc Represents a BillerCachedLogin.
         * @constructor
         * @param {zonebus.BillerCachedLogin.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BillerCachedLogin = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BillerCachedLogin name.
         * @member {string} name
         * @memberof zonebus.BillerCachedLogin
         * @instance
         */
        BillerCachedLogin.prototype.name = "";

        /**
         * BillerCachedLogin hash.
         * @member {string} hash
         * @memberof zonebus.BillerCachedLogin
         * @instance
         */
        BillerCachedLogin.prototype.hash = "";

        /**
         * BillerCachedLogin squad.
         * @member {string} squad
         * @memberof zonebus.BillerCachedLogin
         * @instance
         */
        BillerCachedLogin.prototype.squad = "";

        /**
         * BillerCachedLogin userId.
         * @member {number} userId
         * @memberof zonebus.BillerCachedLogin
         * @instance
         */
        BillerCachedLogin.prototype.userId = 0;

        /**
         * Creates a new BillerCachedLogin instance using the specified properties.
         * @function create
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {zonebus.BillerCachedLogin.$Properties=} [properties] Properties to set
         * @returns {zonebus.BillerCachedLogin} BillerCachedLogin instance
         * @type {{
         *   (properties: zonebus.BillerCachedLogin.$Shape): zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape;
         *   (properties?: zonebus.BillerCachedLogin.$Properties): zonebus.BillerCachedLogin;
         * }}
         */
        BillerCachedLogin.create = function(properties) {
            return new BillerCachedLogin(properties);
        };

        /**
         * Encodes the specified BillerCachedLogin message. Does not implicitly {@link zonebus.BillerCachedLogin.verify|verify} messages.
         * @function encode
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {zonebus.BillerCachedLogin.$Properties} m BillerCachedLogin message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerCachedLogin.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.hash != null && $Object.hasOwnProperty.call(m, "hash") && m.hash !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.hash);
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad") && m.squad !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.squad);
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.userId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BillerCachedLogin message, length delimited. Does not implicitly {@link zonebus.BillerCachedLogin.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {zonebus.BillerCachedLogin.$Properties} message BillerCachedLogin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BillerCachedLogin.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BillerCachedLogin message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape} BillerCachedLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerCachedLogin.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.BillerCachedLogin();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.hash = v;
                        else
                            delete m.hash;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.squad = v;
                        else
                            delete m.squad;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.userId = v;
                        else
                            delete m.userId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BillerCachedLogin message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.BillerCachedLogin & zonebus.BillerCachedLogin.$Shape} BillerCachedLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BillerCachedLogin.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BillerCachedLogin message.
         * @function verify
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BillerCachedLogin.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                if (!$util.isString(m.hash))
                    return "hash: string expected";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (!$util.isString(m.squad))
                    return "squad: string expected";
            }
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                if (!$util.isInteger(m.userId))
                    return "userId: integer expected";
            }
            return null;
        };

        /**
         * Creates a BillerCachedLogin message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.BillerCachedLogin} BillerCachedLogin
         */
        BillerCachedLogin.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.BillerCachedLogin)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.BillerCachedLogin: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.BillerCachedLogin();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.hash != null) {
                if (typeof d.hash !== "string" || d.hash.length) {
                    m.hash = $String(d.hash);
                }
            }
            if (d.squad != null) {
                if (typeof d.squad !== "string" || d.squad.length) {
                    m.squad = $String(d.squad);
                }
            }
            if (d.userId != null) {
                if ($Number(d.userId) !== 0) {
                    m.userId = d.userId >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BillerCachedLogin message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {zonebus.BillerCachedLogin} m BillerCachedLogin
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BillerCachedLogin.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.hash = "";
                d.squad = "";
                d.userId = 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                d.hash = m.hash;
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = m.squad;
            }
            if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                d.userId = m.userId;
            }
            return d;
        };

        /**
         * Converts this BillerCachedLogin to JSON.
         * @function toJSON
         * @memberof zonebus.BillerCachedLogin
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BillerCachedLogin.prototype.toJSON = function() {
            return BillerCachedLogin.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BillerCachedLogin
         * @function getTypeUrl
         * @memberof zonebus.BillerCachedLogin
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BillerCachedLogin.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.BillerCachedLogin";
        };

        return BillerCachedLogin;
    })();

    zonebus.Delivery = (function() {

        /**
         * Properties of a Delivery.
         * @typedef {Object} zonebus.Delivery.$Properties
         * @property {Array.<number>|null} [pids] Delivery pids
         * @property {Uint8Array|null} [packet] Delivery packet
         * @property {boolean|null} [reliable] Delivery reliable
         * @property {number|null} [priority] Delivery priority
         * @property {boolean|null} [stream] Delivery stream
         * @property {number|null} [transfer] Delivery transfer
         * @property {number|null} [offset] Delivery offset
         * @property {number|null} [total] Delivery total
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Delivery.
         * @memberof zonebus
         * @interface IDelivery
         * @augments zonebus.Delivery.$Properties
         * @deprecated Use zonebus.Delivery.$Properties instead.
         */

        /**
         * Shape of a Delivery.
         * @typedef {zonebus.Delivery.$Properties} zonebus.Delivery.$Shape
         */

        /**
         * Constructs a new Delivery.
         * @memberof zonebus
         * @classdesc Represents a Delivery.
         * @constructor
         * @param {zonebus.Delivery.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Delivery = function (p) {
            this.pids = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Delivery pids.
         * @member {Array.<number>} pids
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.pids = $util.emptyArray;

        /**
         * Delivery packet.
         * @member {Uint8Array} packet
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.packet = $util.newBuffer([]);

        /**
         * Delivery reliable.
         * @member {boolean} reliable
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.reliable = false;

        /**
         * Delivery priority.
         * @member {number} priority
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.priority = 0;

        /**
         * Delivery stream.
         * @member {boolean} stream
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.stream = false;

        /**
         * Delivery transfer.
         * @member {number} transfer
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.transfer = 0;

        /**
         * Delivery offset.
         * @member {number} offset
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.offset = 0;

        /**
         * Delivery total.
         * @member {number} total
         * @memberof zonebus.Delivery
         * @instance
         */
        Delivery.prototype.total = 0;

        /**
         * Creates a new Delivery instance using the specified properties.
         * @function create
         * @memberof zonebus.Delivery
         * @static
         * @param {zonebus.Delivery.$Properties=} [properties] Properties to set
         * @returns {zonebus.Delivery} Delivery instance
         * @type {{
         *   (properties: zonebus.Delivery.$Shape): zonebus.Delivery & zonebus.Delivery.$Shape;
         *   (properties?: zonebus.Delivery.$Properties): zonebus.Delivery;
         * }}
         */
        Delivery.create = function(properties) {
            return new Delivery(properties);
        };

        /**
         * Encodes the specified Delivery message. Does not implicitly {@link zonebus.Delivery.verify|verify} messages.
         * @function encode
         * @memberof zonebus.Delivery
         * @static
         * @param {zonebus.Delivery.$Properties} m Delivery message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Delivery.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pids != null && m.pids.length) {
                w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.pids);
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet") && m.packet.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.packet);
            if (m.reliable != null && $Object.hasOwnProperty.call(m, "reliable") && m.reliable !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.reliable);
            if (m.priority != null && $Object.hasOwnProperty.call(m, "priority") && m.priority !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.priority);
            if (m.stream != null && $Object.hasOwnProperty.call(m, "stream") && m.stream !== false)
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.stream);
            if (m.transfer != null && $Object.hasOwnProperty.call(m, "transfer") && m.transfer !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.transfer);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.offset);
            if (m.total != null && $Object.hasOwnProperty.call(m, "total") && m.total !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.total);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Delivery message, length delimited. Does not implicitly {@link zonebus.Delivery.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.Delivery
         * @static
         * @param {zonebus.Delivery.$Properties} message Delivery message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Delivery.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Delivery message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.Delivery
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.Delivery & zonebus.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Delivery.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.Delivery();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.pids && m.pids.length))
                                m.pids = [];
                            r.uint32s(m.pids);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.pids && m.pids.length))
                            m.pids = [];
                        m.pids.push(r.uint32());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packet = v;
                        else
                            delete m.packet;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.reliable = v;
                        else
                            delete m.reliable;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.priority = v;
                        else
                            delete m.priority;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.stream = v;
                        else
                            delete m.stream;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.transfer = v;
                        else
                            delete m.transfer;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.total = v;
                        else
                            delete m.total;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Delivery message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.Delivery
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.Delivery & zonebus.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Delivery.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Delivery message.
         * @function verify
         * @memberof zonebus.Delivery
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Delivery.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pids != null && $Object.hasOwnProperty.call(m, "pids")) {
                if (!$Array.isArray(m.pids))
                    return "pids: array expected";
                for (var i = 0; i < m.pids.length; ++i) {
                    if (!$util.isInteger(m.pids[i]))
                        return "pids: integer[] expected";
                }
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                if (!(m.packet && typeof m.packet.length === "number" || $util.isString(m.packet)))
                    return "packet: buffer expected";
            }
            if (m.reliable != null && $Object.hasOwnProperty.call(m, "reliable")) {
                if (typeof m.reliable !== "boolean")
                    return "reliable: boolean expected";
            }
            if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                if (!$util.isInteger(m.priority))
                    return "priority: integer expected";
            }
            if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                if (typeof m.stream !== "boolean")
                    return "stream: boolean expected";
            }
            if (m.transfer != null && $Object.hasOwnProperty.call(m, "transfer")) {
                if (!$util.isInteger(m.transfer))
                    return "transfer: integer expected";
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset))
                    return "offset: integer expected";
            }
            if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                if (!$util.isInteger(m.total))
                    return "total: integer expected";
            }
            return null;
        };

        /**
         * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.Delivery
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.Delivery} Delivery
         */
        Delivery.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.Delivery)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.Delivery: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.Delivery();
            if (d.pids) {
                if (!$Array.isArray(d.pids))
                    throw $TypeError(".zonebus.Delivery.pids: array expected");
                m.pids = $Array(d.pids.length);
                for (var i = 0; i < d.pids.length; ++i) {
                    m.pids[i] = d.pids[i] >>> 0;
                }
            }
            if (d.packet != null) {
                if (d.packet.length) {
                    if (typeof d.packet === "string")
                        $util.base64.decode(d.packet, m.packet = $util.newBuffer($util.base64.length(d.packet)), 0);
                    else if (d.packet.length >= 0)
                        m.packet = d.packet;
                }
            }
            if (d.reliable != null) {
                if (d.reliable) {
                    m.reliable = $Boolean(d.reliable);
                }
            }
            if (d.priority != null) {
                if ($Number(d.priority) !== 0) {
                    m.priority = d.priority >>> 0;
                }
            }
            if (d.stream != null) {
                if (d.stream) {
                    m.stream = $Boolean(d.stream);
                }
            }
            if (d.transfer != null) {
                if ($Number(d.transfer) !== 0) {
                    m.transfer = d.transfer >>> 0;
                }
            }
            if (d.offset != null) {
                if ($Number(d.offset) !== 0) {
                    m.offset = d.offset >>> 0;
                }
            }
            if (d.total != null) {
                if ($Number(d.total) !== 0) {
                    m.total = d.total >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Delivery message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.Delivery
         * @static
         * @param {zonebus.Delivery} m Delivery
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Delivery.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.pids = [];
            }
            if (o.defaults) {
                if (o.bytes === $String)
                    d.packet = "";
                else {
                    d.packet = [];
                    if (o.bytes !== $Array)
                        d.packet = $util.newBuffer(d.packet);
                }
                d.reliable = false;
                d.priority = 0;
                d.stream = false;
                d.transfer = 0;
                d.offset = 0;
                d.total = 0;
            }
            if (m.pids && m.pids.length) {
                d.pids = $Array(m.pids.length);
                for (var j = 0; j < m.pids.length; ++j) {
                    d.pids[j] = m.pids[j];
                }
            }
            if (m.packet != null && $Object.hasOwnProperty.call(m, "packet")) {
                d.packet = o.bytes === $String ? $util.base64.encode(m.packet, 0, m.packet.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packet) : m.packet;
            }
            if (m.reliable != null && $Object.hasOwnProperty.call(m, "reliable")) {
                d.reliable = m.reliable;
            }
            if (m.priority != null && $Object.hasOwnProperty.call(m, "priority")) {
                d.priority = m.priority;
            }
            if (m.stream != null && $Object.hasOwnProperty.call(m, "stream")) {
                d.stream = m.stream;
            }
            if (m.transfer != null && $Object.hasOwnProperty.call(m, "transfer")) {
                d.transfer = m.transfer;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                d.offset = m.offset;
            }
            if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                d.total = m.total;
            }
            return d;
        };

        /**
         * Converts this Delivery to JSON.
         * @function toJSON
         * @memberof zonebus.Delivery
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Delivery.prototype.toJSON = function() {
            return Delivery.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Delivery
         * @function getTypeUrl
         * @memberof zonebus.Delivery
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Delivery.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.Delivery";
        };

        return Delivery;
    })();

    zonebus.DeliveryBatch = (function() {

        /**
         * Properties of a DeliveryBatch.
         * @typedef {Object} zonebus.DeliveryBatch.$Properties
         * @property {Array.<zonebus.Delivery.$Properties>|null} [deliveries] DeliveryBatch deliveries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeliveryBatch.
         * @memberof zonebus
         * @interface IDeliveryBatch
         * @augments zonebus.DeliveryBatch.$Properties
         * @deprecated Use zonebus.DeliveryBatch.$Properties instead.
         */

        /**
         * Shape of a DeliveryBatch.
         * @typedef {zonebus.DeliveryBatch.$Properties} zonebus.DeliveryBatch.$Shape
         */

        /**
         * Constructs a new DeliveryBatch.
         * @memberof zonebus
         * @classdesc Represents a DeliveryBatch.
         * @constructor
         * @param {zonebus.DeliveryBatch.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeliveryBatch = function (p) {
            this.deliveries = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DeliveryBatch deliveries.
         * @member {Array.<zonebus.Delivery.$Properties>} deliveries
         * @memberof zonebus.DeliveryBatch
         * @instance
         */
        DeliveryBatch.prototype.deliveries = $util.emptyArray;

        /**
         * Creates a new DeliveryBatch instance using the specified properties.
         * @function create
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {zonebus.DeliveryBatch.$Properties=} [properties] Properties to set
         * @returns {zonebus.DeliveryBatch} DeliveryBatch instance
         * @type {{
         *   (properties: zonebus.DeliveryBatch.$Shape): zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape;
         *   (properties?: zonebus.DeliveryBatch.$Properties): zonebus.DeliveryBatch;
         * }}
         */
        DeliveryBatch.create = function(properties) {
            return new DeliveryBatch(properties);
        };

        /**
         * Encodes the specified DeliveryBatch message. Does not implicitly {@link zonebus.DeliveryBatch.verify|verify} messages.
         * @function encode
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {zonebus.DeliveryBatch.$Properties} m DeliveryBatch message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeliveryBatch.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.deliveries != null && m.deliveries.length) {
                for (var i = 0; i < m.deliveries.length; ++i)
                    $root.zonebus.Delivery.encode(m.deliveries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DeliveryBatch message, length delimited. Does not implicitly {@link zonebus.DeliveryBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {zonebus.DeliveryBatch.$Properties} message DeliveryBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeliveryBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DeliveryBatch message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape} DeliveryBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeliveryBatch.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.DeliveryBatch();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.deliveries && m.deliveries.length))
                            m.deliveries = [];
                        m.deliveries.push($root.zonebus.Delivery.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a DeliveryBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.DeliveryBatch & zonebus.DeliveryBatch.$Shape} DeliveryBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeliveryBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a DeliveryBatch message.
         * @function verify
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        DeliveryBatch.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.deliveries != null && $Object.hasOwnProperty.call(m, "deliveries")) {
                if (!$Array.isArray(m.deliveries))
                    return "deliveries: array expected";
                for (var i = 0; i < m.deliveries.length; ++i) {
                    {
                        var e = $root.zonebus.Delivery.verify(m.deliveries[i], q + 1);
                        if (e)
                            return "deliveries." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a DeliveryBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.DeliveryBatch} DeliveryBatch
         */
        DeliveryBatch.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.DeliveryBatch)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.DeliveryBatch: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.DeliveryBatch();
            if (d.deliveries) {
                if (!$Array.isArray(d.deliveries))
                    throw $TypeError(".zonebus.DeliveryBatch.deliveries: array expected");
                m.deliveries = $Array(d.deliveries.length);
                for (var i = 0; i < d.deliveries.length; ++i) {
                    if (!$util.isObject(d.deliveries[i]))
                        throw $TypeError(".zonebus.DeliveryBatch.deliveries: object expected");
                    m.deliveries[i] = $root.zonebus.Delivery.fromObject(d.deliveries[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DeliveryBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {zonebus.DeliveryBatch} m DeliveryBatch
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DeliveryBatch.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.deliveries = [];
            }
            if (m.deliveries && m.deliveries.length) {
                d.deliveries = $Array(m.deliveries.length);
                for (var j = 0; j < m.deliveries.length; ++j) {
                    d.deliveries[j] = $root.zonebus.Delivery.toObject(m.deliveries[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this DeliveryBatch to JSON.
         * @function toJSON
         * @memberof zonebus.DeliveryBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DeliveryBatch.prototype.toJSON = function() {
            return DeliveryBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DeliveryBatch
         * @function getTypeUrl
         * @memberof zonebus.DeliveryBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeliveryBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.DeliveryBatch";
        };

        return DeliveryBatch;
    })();

    zonebus.ConnectionControl = (function() {

        /**
         * Properties of a ConnectionControl.
         * @typedef {Object} zonebus.ConnectionControl.$Properties
         * @property {number|null} [pid] ConnectionControl pid
         * @property {string|null} [arena] ConnectionControl arena
         * @property {string|null} [kickReason] ConnectionControl kickReason
         * @property {boolean|null} [drain] ConnectionControl drain
         * @property {string|null} [kickNotice] ConnectionControl kickNotice
         * @property {"arena"|"kickReason"|"drain"} [action] ConnectionControl action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConnectionControl.
         * @memberof zonebus
         * @interface IConnectionControl
         * @augments zonebus.ConnectionControl.$Properties
         * @deprecated Use zonebus.ConnectionControl.$Properties instead.
         */

        /**
         * Narrowed shape of a ConnectionControl.
         * @typedef {{
         *   pid?: number|null;
         *   arena?: string|null;
         *   kickReason?: string|null;
         *   drain?: boolean|null;
         *   kickNotice?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ action?: undefined; arena?: null; kickReason?: null; drain?: null }|{ action?: "arena"; arena: string; kickReason?: null; drain?: null }|{ action?: "kickReason"; arena?: null; kickReason: string; drain?: null }|{ action?: "drain"; arena?: null; kickReason?: null; drain: boolean })
         * )} zonebus.ConnectionControl.$Shape
         */

        /**
         * Constructs a new ConnectionControl.
         * @memberof zonebus
         * @classdesc Represents a ConnectionControl.
         * @constructor
         * @param {zonebus.ConnectionControl.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConnectionControl = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ConnectionControl pid.
         * @member {number} pid
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        ConnectionControl.prototype.pid = 0;

        /**
         * ConnectionControl arena.
         * @member {string|null|undefined} arena
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        ConnectionControl.prototype.arena = null;

        /**
         * ConnectionControl kickReason.
         * @member {string|null|undefined} kickReason
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        ConnectionControl.prototype.kickReason = null;

        /**
         * ConnectionControl drain.
         * @member {boolean|null|undefined} drain
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        ConnectionControl.prototype.drain = null;

        /**
         * ConnectionControl kickNotice.
         * @member {string} kickNotice
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        ConnectionControl.prototype.kickNotice = "";

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ConnectionControl action.
         * @member {"arena"|"kickReason"|"drain"|undefined} action
         * @memberof zonebus.ConnectionControl
         * @instance
         */
        $Object.defineProperty(ConnectionControl.prototype, "action", {
            get: $util.oneOfGetter($oneOfFields = ["arena", "kickReason", "drain"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ConnectionControl instance using the specified properties.
         * @function create
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {zonebus.ConnectionControl.$Properties=} [properties] Properties to set
         * @returns {zonebus.ConnectionControl} ConnectionControl instance
         * @type {{
         *   (properties: zonebus.ConnectionControl.$Shape): zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape;
         *   (properties?: zonebus.ConnectionControl.$Properties): zonebus.ConnectionControl;
         * }}
         */
        ConnectionControl.create = function(properties) {
            return new ConnectionControl(properties);
        };

        /**
         * Encodes the specified ConnectionControl message. Does not implicitly {@link zonebus.ConnectionControl.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {zonebus.ConnectionControl.$Properties} m ConnectionControl message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnectionControl.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.arena);
            if (m.kickReason != null && $Object.hasOwnProperty.call(m, "kickReason"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.kickReason);
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain"))
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.drain);
            if (m.kickNotice != null && $Object.hasOwnProperty.call(m, "kickNotice") && m.kickNotice !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.kickNotice);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ConnectionControl message, length delimited. Does not implicitly {@link zonebus.ConnectionControl.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {zonebus.ConnectionControl.$Properties} message ConnectionControl message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnectionControl.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ConnectionControl message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape} ConnectionControl
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnectionControl.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ConnectionControl();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.arena = r.stringVerify();
                        m.action = "arena";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.kickReason = r.stringVerify();
                        m.action = "kickReason";
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.drain = r.bool();
                        m.action = "drain";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.kickNotice = v;
                        else
                            delete m.kickNotice;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ConnectionControl message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ConnectionControl & zonebus.ConnectionControl.$Shape} ConnectionControl
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnectionControl.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ConnectionControl message.
         * @function verify
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ConnectionControl.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                p.action = 1;
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.kickReason != null && $Object.hasOwnProperty.call(m, "kickReason")) {
                if (p.action === 1)
                    return "action: multiple values";
                p.action = 1;
                if (!$util.isString(m.kickReason))
                    return "kickReason: string expected";
            }
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                if (p.action === 1)
                    return "action: multiple values";
                p.action = 1;
                if (typeof m.drain !== "boolean")
                    return "drain: boolean expected";
            }
            if (m.kickNotice != null && $Object.hasOwnProperty.call(m, "kickNotice")) {
                if (!$util.isString(m.kickNotice))
                    return "kickNotice: string expected";
            }
            return null;
        };

        /**
         * Creates a ConnectionControl message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ConnectionControl} ConnectionControl
         */
        ConnectionControl.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ConnectionControl)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ConnectionControl: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ConnectionControl();
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.arena != null) {
                m.arena = $String(d.arena);
            }
            if (d.kickReason != null) {
                m.kickReason = $String(d.kickReason);
            }
            if (d.drain != null) {
                m.drain = $Boolean(d.drain);
            }
            if (d.kickNotice != null) {
                if (typeof d.kickNotice !== "string" || d.kickNotice.length) {
                    m.kickNotice = $String(d.kickNotice);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ConnectionControl message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {zonebus.ConnectionControl} m ConnectionControl
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ConnectionControl.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.pid = 0;
                d.kickNotice = "";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
                if (o.oneofs)
                    d.action = "arena";
            }
            if (m.kickReason != null && $Object.hasOwnProperty.call(m, "kickReason")) {
                d.kickReason = m.kickReason;
                if (o.oneofs)
                    d.action = "kickReason";
            }
            if (m.drain != null && $Object.hasOwnProperty.call(m, "drain")) {
                d.drain = m.drain;
                if (o.oneofs)
                    d.action = "drain";
            }
            if (m.kickNotice != null && $Object.hasOwnProperty.call(m, "kickNotice")) {
                d.kickNotice = m.kickNotice;
            }
            return d;
        };

        /**
         * Converts this ConnectionControl to JSON.
         * @function toJSON
         * @memberof zonebus.ConnectionControl
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ConnectionControl.prototype.toJSON = function() {
            return ConnectionControl.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ConnectionControl
         * @function getTypeUrl
         * @memberof zonebus.ConnectionControl
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ConnectionControl.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ConnectionControl";
        };

        return ConnectionControl;
    })();

    zonebus.GatewayRoster = (function() {

        /**
         * Properties of a GatewayRoster.
         * @typedef {Object} zonebus.GatewayRoster.$Properties
         * @property {Array.<number>|null} [pids] GatewayRoster pids
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GatewayRoster.
         * @memberof zonebus
         * @interface IGatewayRoster
         * @augments zonebus.GatewayRoster.$Properties
         * @deprecated Use zonebus.GatewayRoster.$Properties instead.
         */

        /**
         * Shape of a GatewayRoster.
         * @typedef {zonebus.GatewayRoster.$Properties} zonebus.GatewayRoster.$Shape
         */

        /**
         * Constructs a new GatewayRoster.
         * @memberof zonebus
         * @classdesc Represents a GatewayRoster.
         * @constructor
         * @param {zonebus.GatewayRoster.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GatewayRoster = function (p) {
            this.pids = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GatewayRoster pids.
         * @member {Array.<number>} pids
         * @memberof zonebus.GatewayRoster
         * @instance
         */
        GatewayRoster.prototype.pids = $util.emptyArray;

        /**
         * Creates a new GatewayRoster instance using the specified properties.
         * @function create
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {zonebus.GatewayRoster.$Properties=} [properties] Properties to set
         * @returns {zonebus.GatewayRoster} GatewayRoster instance
         * @type {{
         *   (properties: zonebus.GatewayRoster.$Shape): zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape;
         *   (properties?: zonebus.GatewayRoster.$Properties): zonebus.GatewayRoster;
         * }}
         */
        GatewayRoster.create = function(properties) {
            return new GatewayRoster(properties);
        };

        /**
         * Encodes the specified GatewayRoster message. Does not implicitly {@link zonebus.GatewayRoster.verify|verify} messages.
         * @function encode
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {zonebus.GatewayRoster.$Properties} m GatewayRoster message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GatewayRoster.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pids != null && m.pids.length) {
                w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.pids);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified GatewayRoster message, length delimited. Does not implicitly {@link zonebus.GatewayRoster.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {zonebus.GatewayRoster.$Properties} message GatewayRoster message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GatewayRoster.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GatewayRoster message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape} GatewayRoster
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GatewayRoster.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.GatewayRoster();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.pids && m.pids.length))
                                m.pids = [];
                            r.uint32s(m.pids);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.pids && m.pids.length))
                            m.pids = [];
                        m.pids.push(r.uint32());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a GatewayRoster message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.GatewayRoster & zonebus.GatewayRoster.$Shape} GatewayRoster
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GatewayRoster.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a GatewayRoster message.
         * @function verify
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GatewayRoster.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.pids != null && $Object.hasOwnProperty.call(m, "pids")) {
                if (!$Array.isArray(m.pids))
                    return "pids: array expected";
                for (var i = 0; i < m.pids.length; ++i) {
                    if (!$util.isInteger(m.pids[i]))
                        return "pids: integer[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a GatewayRoster message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.GatewayRoster} GatewayRoster
         */
        GatewayRoster.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.GatewayRoster)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.GatewayRoster: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.GatewayRoster();
            if (d.pids) {
                if (!$Array.isArray(d.pids))
                    throw $TypeError(".zonebus.GatewayRoster.pids: array expected");
                m.pids = $Array(d.pids.length);
                for (var i = 0; i < d.pids.length; ++i) {
                    m.pids[i] = d.pids[i] >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a GatewayRoster message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {zonebus.GatewayRoster} m GatewayRoster
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GatewayRoster.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.pids = [];
            }
            if (m.pids && m.pids.length) {
                d.pids = $Array(m.pids.length);
                for (var j = 0; j < m.pids.length; ++j) {
                    d.pids[j] = m.pids[j];
                }
            }
            return d;
        };

        /**
         * Converts this GatewayRoster to JSON.
         * @function toJSON
         * @memberof zonebus.GatewayRoster
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GatewayRoster.prototype.toJSON = function() {
            return GatewayRoster.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GatewayRoster
         * @function getTypeUrl
         * @memberof zonebus.GatewayRoster
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GatewayRoster.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.GatewayRoster";
        };

        return GatewayRoster;
    })();

    zonebus.LoginRequest = (function() {

        /**
         * Properties of a LoginRequest.
         * @typedef {Object} zonebus.LoginRequest.$Properties
         * @property {string|null} [gateway] LoginRequest gateway
         * @property {number|null} [connId] LoginRequest connId
         * @property {zonebus.ClientKind|null} [clientKind] LoginRequest clientKind
         * @property {string|null} [name] LoginRequest name
         * @property {Uint8Array|null} [password] LoginRequest password
         * @property {boolean|null} [createNew] LoginRequest createNew
         * @property {number|null} [machineId] LoginRequest machineId
         * @property {number|null} [clientVersion] LoginRequest clientVersion
         * @property {number|null} [featureBits] LoginRequest featureBits
         * @property {number|null} [loginId] LoginRequest loginId
         * @property {string|null} [clientIp] LoginRequest clientIp
         * @property {number|null} [clientPort] LoginRequest clientPort
         * @property {number|null} [timezoneBias] LoginRequest timezoneBias
         * @property {Uint8Array|null} [contId] LoginRequest contId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LoginRequest.
         * @memberof zonebus
         * @interface ILoginRequest
         * @augments zonebus.LoginRequest.$Properties
         * @deprecated Use zonebus.LoginRequest.$Properties instead.
         */

        /**
         * Shape of a LoginRequest.
         * @typedef {zonebus.LoginRequest.$Properties} zonebus.LoginRequest.$Shape
         */

        /**
         * Constructs a new LoginRequest.
         * @memberof zonebus
         * @classdesc Represents a LoginRequest.
         * @constructor
         * @param {zonebus.LoginRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LoginRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LoginRequest gateway.
         * @member {string} gateway
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.gateway = "";

        /**
         * LoginRequest connId.
         * @member {number} connId
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.connId = 0;

        /**
         * LoginRequest clientKind.
         * @member {zonebus.ClientKind} clientKind
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.clientKind = 0;

        /**
         * LoginRequest name.
         * @member {string} name
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.name = "";

        /**
         * LoginRequest password.
         * @member {Uint8Array} password
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.password = $util.newBuffer([]);

        /**
         * LoginRequest createNew.
         * @member {boolean} createNew
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.createNew = false;

        /**
         * LoginRequest machineId.
         * @member {number} machineId
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.machineId = 0;

        /**
         * LoginRequest clientVersion.
         * @member {number} clientVersion
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.clientVersion = 0;

        /**
         * LoginRequest featureBits.
         * @member {number} featureBits
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.featureBits = 0;

        /**
         * LoginRequest loginId.
         * @member {number} loginId
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.loginId = 0;

        /**
         * LoginRequest clientIp.
         * @member {string} clientIp
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.clientIp = "";

        /**
         * LoginRequest clientPort.
         * @member {number} clientPort
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.clientPort = 0;

        /**
         * LoginRequest timezoneBias.
         * @member {number} timezoneBias
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.timezoneBias = 0;

        /**
         * LoginRequest contId.
         * @member {Uint8Array} contId
         * @memberof zonebus.LoginRequest
         * @instance
         */
        LoginRequest.prototype.contId = $util.newBuffer([]);

        /**
         * Creates a new LoginRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.LoginRequest
         * @static
         * @param {zonebus.LoginRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.LoginRequest} LoginRequest instance
         * @type {{
         *   (properties: zonebus.LoginRequest.$Shape): zonebus.LoginRequest & zonebus.LoginRequest.$Shape;
         *   (properties?: zonebus.LoginRequest.$Properties): zonebus.LoginRequest;
         * }}
         */
        LoginRequest.create = function(properties) {
            return new LoginRequest(properties);
        };

        /**
         * Encodes the specified LoginRequest message. Does not implicitly {@link zonebus.LoginRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.LoginRequest
         * @static
         * @param {zonebus.LoginRequest.$Properties} m LoginRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway") && m.gateway !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.gateway);
            if (m.connId != null && $Object.hasOwnProperty.call(m, "connId") && m.connId !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.connId);
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind") && m.clientKind !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.clientKind);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.name);
            if (m.password != null && $Object.hasOwnProperty.call(m, "password") && m.password.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.password);
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew") && m.createNew !== false)
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.createNew);
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId") && m.machineId !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.machineId);
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion") && m.clientVersion !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.clientVersion);
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits") && m.featureBits !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.featureBits);
            if (m.loginId != null && $Object.hasOwnProperty.call(m, "loginId") && m.loginId !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.loginId);
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp") && m.clientIp !== "")
                w.uint32(/* id 11, wireType 2 =*/90).string(m.clientIp);
            if (m.clientPort != null && $Object.hasOwnProperty.call(m, "clientPort") && m.clientPort !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.clientPort);
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias") && m.timezoneBias !== 0)
                w.uint32(/* id 13, wireType 0 =*/104).int32(m.timezoneBias);
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId") && m.contId.length)
                w.uint32(/* id 14, wireType 2 =*/114).bytes(m.contId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LoginRequest message, length delimited. Does not implicitly {@link zonebus.LoginRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.LoginRequest
         * @static
         * @param {zonebus.LoginRequest.$Properties} message LoginRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LoginRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.LoginRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.LoginRequest & zonebus.LoginRequest.$Shape} LoginRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.LoginRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.gateway = v;
                        else
                            delete m.gateway;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.connId = v;
                        else
                            delete m.connId;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.clientKind = v;
                        else
                            delete m.clientKind;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.password = v;
                        else
                            delete m.password;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.createNew = v;
                        else
                            delete m.createNew;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.machineId = v;
                        else
                            delete m.machineId;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.clientVersion = v;
                        else
                            delete m.clientVersion;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.featureBits = v;
                        else
                            delete m.featureBits;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.loginId = v;
                        else
                            delete m.loginId;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientIp = v;
                        else
                            delete m.clientIp;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.clientPort = v;
                        else
                            delete m.clientPort;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.timezoneBias = v;
                        else
                            delete m.timezoneBias;
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.contId = v;
                        else
                            delete m.contId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a LoginRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.LoginRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.LoginRequest & zonebus.LoginRequest.$Shape} LoginRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LoginRequest message.
         * @function verify
         * @memberof zonebus.LoginRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LoginRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                if (!$util.isString(m.gateway))
                    return "gateway: string expected";
            }
            if (m.connId != null && $Object.hasOwnProperty.call(m, "connId")) {
                if (!$util.isInteger(m.connId))
                    return "connId: integer expected";
            }
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind")) {
                if (typeof m.clientKind !== "number" || (m.clientKind | 0) !== m.clientKind)
                    return "clientKind: enum value expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                if (!(m.password && typeof m.password.length === "number" || $util.isString(m.password)))
                    return "password: buffer expected";
            }
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew")) {
                if (typeof m.createNew !== "boolean")
                    return "createNew: boolean expected";
            }
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId")) {
                if (!$util.isInteger(m.machineId))
                    return "machineId: integer expected";
            }
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion")) {
                if (!$util.isInteger(m.clientVersion))
                    return "clientVersion: integer expected";
            }
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits")) {
                if (!$util.isInteger(m.featureBits))
                    return "featureBits: integer expected";
            }
            if (m.loginId != null && $Object.hasOwnProperty.call(m, "loginId")) {
                if (!$util.isInteger(m.loginId))
                    return "loginId: integer expected";
            }
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                if (!$util.isString(m.clientIp))
                    return "clientIp: string expected";
            }
            if (m.clientPort != null && $Object.hasOwnProperty.call(m, "clientPort")) {
                if (!$util.isInteger(m.clientPort))
                    return "clientPort: integer expected";
            }
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias")) {
                if (!$util.isInteger(m.timezoneBias))
                    return "timezoneBias: integer expected";
            }
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId")) {
                if (!(m.contId && typeof m.contId.length === "number" || $util.isString(m.contId)))
                    return "contId: buffer expected";
            }
            return null;
        };

        /**
         * Creates a LoginRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.LoginRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.LoginRequest} LoginRequest
         */
        LoginRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.LoginRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.LoginRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.LoginRequest();
            if (d.gateway != null) {
                if (typeof d.gateway !== "string" || d.gateway.length) {
                    m.gateway = $String(d.gateway);
                }
            }
            if (d.connId != null) {
                if ($Number(d.connId) !== 0) {
                    m.connId = d.connId >>> 0;
                }
            }
            if (d.clientKind !== 0 && (typeof d.clientKind !== "string" || $root.zonebus.ClientKind[d.clientKind] !== 0)) {
                switch (d.clientKind) {
                case "CLIENT_KIND_UNSPECIFIED":
                case 0:
                    m.clientKind = 0;
                    break;
                case "CLIENT_KIND_VIE":
                case 1:
                    m.clientKind = 1;
                    break;
                case "CLIENT_KIND_CONTINUUM":
                case 2:
                    m.clientKind = 2;
                    break;
                default:
                    if (typeof d.clientKind === "number" && (d.clientKind | 0) === d.clientKind)
                        m.clientKind = d.clientKind;
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.password != null) {
                if (d.password.length) {
                    if (typeof d.password === "string")
                        $util.base64.decode(d.password, m.password = $util.newBuffer($util.base64.length(d.password)), 0);
                    else if (d.password.length >= 0)
                        m.password = d.password;
                }
            }
            if (d.createNew != null) {
                if (d.createNew) {
                    m.createNew = $Boolean(d.createNew);
                }
            }
            if (d.machineId != null) {
                if ($Number(d.machineId) !== 0) {
                    m.machineId = d.machineId >>> 0;
                }
            }
            if (d.clientVersion != null) {
                if ($Number(d.clientVersion) !== 0) {
                    m.clientVersion = d.clientVersion >>> 0;
                }
            }
            if (d.featureBits != null) {
                if ($Number(d.featureBits) !== 0) {
                    m.featureBits = d.featureBits >>> 0;
                }
            }
            if (d.loginId != null) {
                if ($Number(d.loginId) !== 0) {
                    m.loginId = d.loginId >>> 0;
                }
            }
            if (d.clientIp != null) {
                if (typeof d.clientIp !== "string" || d.clientIp.length) {
                    m.clientIp = $String(d.clientIp);
                }
            }
            if (d.clientPort != null) {
                if ($Number(d.clientPort) !== 0) {
                    m.clientPort = d.clientPort >>> 0;
                }
            }
            if (d.timezoneBias != null) {
                if ($Number(d.timezoneBias) !== 0) {
                    m.timezoneBias = d.timezoneBias | 0;
                }
            }
            if (d.contId != null) {
                if (d.contId.length) {
                    if (typeof d.contId === "string")
                        $util.base64.decode(d.contId, m.contId = $util.newBuffer($util.base64.length(d.contId)), 0);
                    else if (d.contId.length >= 0)
                        m.contId = d.contId;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LoginRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.LoginRequest
         * @static
         * @param {zonebus.LoginRequest} m LoginRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LoginRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.gateway = "";
                d.connId = 0;
                d.clientKind = o.enums === $String ? "CLIENT_KIND_UNSPECIFIED" : 0;
                d.name = "";
                if (o.bytes === $String)
                    d.password = "";
                else {
                    d.password = [];
                    if (o.bytes !== $Array)
                        d.password = $util.newBuffer(d.password);
                }
                d.createNew = false;
                d.machineId = 0;
                d.clientVersion = 0;
                d.featureBits = 0;
                d.loginId = 0;
                d.clientIp = "";
                d.clientPort = 0;
                d.timezoneBias = 0;
                if (o.bytes === $String)
                    d.contId = "";
                else {
                    d.contId = [];
                    if (o.bytes !== $Array)
                        d.contId = $util.newBuffer(d.contId);
                }
            }
            if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                d.gateway = m.gateway;
            }
            if (m.connId != null && $Object.hasOwnProperty.call(m, "connId")) {
                d.connId = m.connId;
            }
            if (m.clientKind != null && $Object.hasOwnProperty.call(m, "clientKind")) {
                d.clientKind = o.enums === $String ? $root.zonebus.ClientKind[m.clientKind] === $undefined ? m.clientKind : $root.zonebus.ClientKind[m.clientKind] : m.clientKind;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.password != null && $Object.hasOwnProperty.call(m, "password")) {
                d.password = o.bytes === $String ? $util.base64.encode(m.password, 0, m.password.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.password) : m.password;
            }
            if (m.createNew != null && $Object.hasOwnProperty.call(m, "createNew")) {
                d.createNew = m.createNew;
            }
            if (m.machineId != null && $Object.hasOwnProperty.call(m, "machineId")) {
                d.machineId = m.machineId;
            }
            if (m.clientVersion != null && $Object.hasOwnProperty.call(m, "clientVersion")) {
                d.clientVersion = m.clientVersion;
            }
            if (m.featureBits != null && $Object.hasOwnProperty.call(m, "featureBits")) {
                d.featureBits = m.featureBits;
            }
            if (m.loginId != null && $Object.hasOwnProperty.call(m, "loginId")) {
                d.loginId = m.loginId;
            }
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                d.clientIp = m.clientIp;
            }
            if (m.clientPort != null && $Object.hasOwnProperty.call(m, "clientPort")) {
                d.clientPort = m.clientPort;
            }
            if (m.timezoneBias != null && $Object.hasOwnProperty.call(m, "timezoneBias")) {
                d.timezoneBias = m.timezoneBias;
            }
            if (m.contId != null && $Object.hasOwnProperty.call(m, "contId")) {
                d.contId = o.bytes === $String ? $util.base64.encode(m.contId, 0, m.contId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.contId) : m.contId;
            }
            return d;
        };

        /**
         * Converts this LoginRequest to JSON.
         * @function toJSON
         * @memberof zonebus.LoginRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LoginRequest.prototype.toJSON = function() {
            return LoginRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LoginRequest
         * @function getTypeUrl
         * @memberof zonebus.LoginRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LoginRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.LoginRequest";
        };

        return LoginRequest;
    })();

    zonebus.LoginReply = (function() {

        /**
         * Properties of a LoginReply.
         * @typedef {Object} zonebus.LoginReply.$Properties
         * @property {number|null} [code] LoginReply code
         * @property {number|null} [pid] LoginReply pid
         * @property {string|null} [name] LoginReply name
         * @property {string|null} [squad] LoginReply squad
         * @property {number|null} [newsChecksum] LoginReply newsChecksum
         * @property {string|null} [customText] LoginReply customText
         * @property {number|null} [serverVersion] LoginReply serverVersion
         * @property {boolean|null} [wantRegistration] LoginReply wantRegistration
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LoginReply.
         * @memberof zonebus
         * @interface ILoginReply
         * @augments zonebus.LoginReply.$Properties
         * @deprecated Use zonebus.LoginReply.$Properties instead.
         */

        /**
         * Shape of a LoginReply.
         * @typedef {zonebus.LoginReply.$Properties} zonebus.LoginReply.$Shape
         */

        /**
         * Constructs a new LoginReply.
         * @memberof zonebus
         * @classdesc Represents a LoginReply.
         * @constructor
         * @param {zonebus.LoginReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LoginReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LoginReply code.
         * @member {number} code
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.code = 0;

        /**
         * LoginReply pid.
         * @member {number} pid
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.pid = 0;

        /**
         * LoginReply name.
         * @member {string} name
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.name = "";

        /**
         * LoginReply squad.
         * @member {string} squad
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.squad = "";

        /**
         * LoginReply newsChecksum.
         * @member {number} newsChecksum
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.newsChecksum = 0;

        /**
         * LoginReply customText.
         * @member {string} customText
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.customText = "";

        /**
         * LoginReply serverVersion.
         * @member {number} serverVersion
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.serverVersion = 0;

        /**
         * LoginReply wantRegistration.
         * @member {boolean} wantRegistration
         * @memberof zonebus.LoginReply
         * @instance
         */
        LoginReply.prototype.wantRegistration = false;

        /**
         * Creates a new LoginReply instance using the specified properties.
         * @function create
         * @memberof zonebus.LoginReply
         * @static
         * @param {zonebus.LoginReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.LoginReply} LoginReply instance
         * @type {{
         *   (properties: zonebus.LoginReply.$Shape): zonebus.LoginReply & zonebus.LoginReply.$Shape;
         *   (properties?: zonebus.LoginReply.$Properties): zonebus.LoginReply;
         * }}
         */
        LoginReply.create = function(properties) {
            return new LoginReply(properties);
        };

        /**
         * Encodes the specified LoginReply message. Does not implicitly {@link zonebus.LoginReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.LoginReply
         * @static
         * @param {zonebus.LoginReply.$Properties} m LoginReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.code);
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pid);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad") && m.squad !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.squad);
            if (m.newsChecksum != null && $Object.hasOwnProperty.call(m, "newsChecksum") && m.newsChecksum !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.newsChecksum);
            if (m.customText != null && $Object.hasOwnProperty.call(m, "customText") && m.customText !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.customText);
            if (m.serverVersion != null && $Object.hasOwnProperty.call(m, "serverVersion") && m.serverVersion !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.serverVersion);
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration") && m.wantRegistration !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.wantRegistration);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LoginReply message, length delimited. Does not implicitly {@link zonebus.LoginReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.LoginReply
         * @static
         * @param {zonebus.LoginReply.$Properties} message LoginReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LoginReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LoginReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.LoginReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.LoginReply & zonebus.LoginReply.$Shape} LoginReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.LoginReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pid = v;
                        else
                            delete m.pid;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.squad = v;
                        else
                            delete m.squad;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.newsChecksum = v;
                        else
                            delete m.newsChecksum;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.customText = v;
                        else
                            delete m.customText;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.serverVersion = v;
                        else
                            delete m.serverVersion;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.wantRegistration = v;
                        else
                            delete m.wantRegistration;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a LoginReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.LoginReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.LoginReply & zonebus.LoginReply.$Shape} LoginReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LoginReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LoginReply message.
         * @function verify
         * @memberof zonebus.LoginReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LoginReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                if (!$util.isInteger(m.code))
                    return "code: integer expected";
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                if (!$util.isInteger(m.pid))
                    return "pid: integer expected";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                if (!$util.isString(m.squad))
                    return "squad: string expected";
            }
            if (m.newsChecksum != null && $Object.hasOwnProperty.call(m, "newsChecksum")) {
                if (!$util.isInteger(m.newsChecksum))
                    return "newsChecksum: integer expected";
            }
            if (m.customText != null && $Object.hasOwnProperty.call(m, "customText")) {
                if (!$util.isString(m.customText))
                    return "customText: string expected";
            }
            if (m.serverVersion != null && $Object.hasOwnProperty.call(m, "serverVersion")) {
                if (!$util.isInteger(m.serverVersion))
                    return "serverVersion: integer expected";
            }
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration")) {
                if (typeof m.wantRegistration !== "boolean")
                    return "wantRegistration: boolean expected";
            }
            return null;
        };

        /**
         * Creates a LoginReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.LoginReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.LoginReply} LoginReply
         */
        LoginReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.LoginReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.LoginReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.LoginReply();
            if (d.code != null) {
                if ($Number(d.code) !== 0) {
                    m.code = d.code >>> 0;
                }
            }
            if (d.pid != null) {
                if ($Number(d.pid) !== 0) {
                    m.pid = d.pid >>> 0;
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.squad != null) {
                if (typeof d.squad !== "string" || d.squad.length) {
                    m.squad = $String(d.squad);
                }
            }
            if (d.newsChecksum != null) {
                if ($Number(d.newsChecksum) !== 0) {
                    m.newsChecksum = d.newsChecksum >>> 0;
                }
            }
            if (d.customText != null) {
                if (typeof d.customText !== "string" || d.customText.length) {
                    m.customText = $String(d.customText);
                }
            }
            if (d.serverVersion != null) {
                if ($Number(d.serverVersion) !== 0) {
                    m.serverVersion = d.serverVersion >>> 0;
                }
            }
            if (d.wantRegistration != null) {
                if (d.wantRegistration) {
                    m.wantRegistration = $Boolean(d.wantRegistration);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LoginReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.LoginReply
         * @static
         * @param {zonebus.LoginReply} m LoginReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LoginReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.code = 0;
                d.pid = 0;
                d.name = "";
                d.squad = "";
                d.newsChecksum = 0;
                d.customText = "";
                d.serverVersion = 0;
                d.wantRegistration = false;
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
            }
            if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                d.pid = m.pid;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.squad != null && $Object.hasOwnProperty.call(m, "squad")) {
                d.squad = m.squad;
            }
            if (m.newsChecksum != null && $Object.hasOwnProperty.call(m, "newsChecksum")) {
                d.newsChecksum = m.newsChecksum;
            }
            if (m.customText != null && $Object.hasOwnProperty.call(m, "customText")) {
                d.customText = m.customText;
            }
            if (m.serverVersion != null && $Object.hasOwnProperty.call(m, "serverVersion")) {
                d.serverVersion = m.serverVersion;
            }
            if (m.wantRegistration != null && $Object.hasOwnProperty.call(m, "wantRegistration")) {
                d.wantRegistration = m.wantRegistration;
            }
            return d;
        };

        /**
         * Converts this LoginReply to JSON.
         * @function toJSON
         * @memberof zonebus.LoginReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LoginReply.prototype.toJSON = function() {
            return LoginReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LoginReply
         * @function getTypeUrl
         * @memberof zonebus.LoginReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LoginReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.LoginReply";
        };

        return LoginReply;
    })();

    zonebus.EnterRequest = (function() {

        /**
         * Properties of an EnterRequest.
         * @typedef {Object} zonebus.EnterRequest.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [player] EnterRequest player
         * @property {number|null} [arenaType] EnterRequest arenaType
         * @property {string|null} [arenaName] EnterRequest arenaName
         * @property {number|null} [ship] EnterRequest ship
         * @property {number|null} [xres] EnterRequest xres
         * @property {number|null} [yres] EnterRequest yres
         * @property {number|null} [audio] EnterRequest audio
         * @property {boolean|null} [optionalGraphics] EnterRequest optionalGraphics
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EnterRequest.
         * @memberof zonebus
         * @interface IEnterRequest
         * @augments zonebus.EnterRequest.$Properties
         * @deprecated Use zonebus.EnterRequest.$Properties instead.
         */

        /**
         * Shape of an EnterRequest.
         * @typedef {zonebus.EnterRequest.$Properties} zonebus.EnterRequest.$Shape
         */

        /**
         * Constructs a new EnterRequest.
         * @memberof zonebus
         * @classdesc Represents an EnterRequest.
         * @constructor
         * @param {zonebus.EnterRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EnterRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * EnterRequest player.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} player
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.player = null;

        /**
         * EnterRequest arenaType.
         * @member {number} arenaType
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.arenaType = 0;

        /**
         * EnterRequest arenaName.
         * @member {string} arenaName
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.arenaName = "";

        /**
         * EnterRequest ship.
         * @member {number} ship
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.ship = 0;

        /**
         * EnterRequest xres.
         * @member {number} xres
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.xres = 0;

        /**
         * EnterRequest yres.
         * @member {number} yres
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.yres = 0;

        /**
         * EnterRequest audio.
         * @member {number} audio
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.audio = 0;

        /**
         * EnterRequest optionalGraphics.
         * @member {boolean} optionalGraphics
         * @memberof zonebus.EnterRequest
         * @instance
         */
        EnterRequest.prototype.optionalGraphics = false;

        /**
         * Creates a new EnterRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.EnterRequest
         * @static
         * @param {zonebus.EnterRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.EnterRequest} EnterRequest instance
         * @type {{
         *   (properties: zonebus.EnterRequest.$Shape): zonebus.EnterRequest & zonebus.EnterRequest.$Shape;
         *   (properties?: zonebus.EnterRequest.$Properties): zonebus.EnterRequest;
         * }}
         */
        EnterRequest.create = function(properties) {
            return new EnterRequest(properties);
        };

        /**
         * Encodes the specified EnterRequest message. Does not implicitly {@link zonebus.EnterRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.EnterRequest
         * @static
         * @param {zonebus.EnterRequest.$Properties} m EnterRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EnterRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerAddress.encode(m.player, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.arenaType != null && $Object.hasOwnProperty.call(m, "arenaType") && m.arenaType !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.arenaType);
            if (m.arenaName != null && $Object.hasOwnProperty.call(m, "arenaName") && m.arenaName !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.arenaName);
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship") && m.ship !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.ship);
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres") && m.xres !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.xres);
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres") && m.yres !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.yres);
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio") && m.audio !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.audio);
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics") && m.optionalGraphics !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.optionalGraphics);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified EnterRequest message, length delimited. Does not implicitly {@link zonebus.EnterRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.EnterRequest
         * @static
         * @param {zonebus.EnterRequest.$Properties} message EnterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EnterRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an EnterRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.EnterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.EnterRequest & zonebus.EnterRequest.$Shape} EnterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EnterRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.EnterRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.arenaType = v;
                        else
                            delete m.arenaType;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arenaName = v;
                        else
                            delete m.arenaName;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.ship = v;
                        else
                            delete m.ship;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.xres = v;
                        else
                            delete m.xres;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.yres = v;
                        else
                            delete m.yres;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.audio = v;
                        else
                            delete m.audio;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.optionalGraphics = v;
                        else
                            delete m.optionalGraphics;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an EnterRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.EnterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.EnterRequest & zonebus.EnterRequest.$Shape} EnterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EnterRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an EnterRequest message.
         * @function verify
         * @memberof zonebus.EnterRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        EnterRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.arenaType != null && $Object.hasOwnProperty.call(m, "arenaType")) {
                if (!$util.isInteger(m.arenaType))
                    return "arenaType: integer expected";
            }
            if (m.arenaName != null && $Object.hasOwnProperty.call(m, "arenaName")) {
                if (!$util.isString(m.arenaName))
                    return "arenaName: string expected";
            }
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship")) {
                if (!$util.isInteger(m.ship))
                    return "ship: integer expected";
            }
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres")) {
                if (!$util.isInteger(m.xres))
                    return "xres: integer expected";
            }
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres")) {
                if (!$util.isInteger(m.yres))
                    return "yres: integer expected";
            }
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio")) {
                if (!$util.isInteger(m.audio))
                    return "audio: integer expected";
            }
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics")) {
                if (typeof m.optionalGraphics !== "boolean")
                    return "optionalGraphics: boolean expected";
            }
            return null;
        };

        /**
         * Creates an EnterRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.EnterRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.EnterRequest} EnterRequest
         */
        EnterRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.EnterRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.EnterRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.EnterRequest();
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.EnterRequest.player: object expected");
                m.player = $root.zonebus.PlayerAddress.fromObject(d.player, q + 1);
            }
            if (d.arenaType != null) {
                if ($Number(d.arenaType) !== 0) {
                    m.arenaType = d.arenaType | 0;
                }
            }
            if (d.arenaName != null) {
                if (typeof d.arenaName !== "string" || d.arenaName.length) {
                    m.arenaName = $String(d.arenaName);
                }
            }
            if (d.ship != null) {
                if ($Number(d.ship) !== 0) {
                    m.ship = d.ship >>> 0;
                }
            }
            if (d.xres != null) {
                if ($Number(d.xres) !== 0) {
                    m.xres = d.xres >>> 0;
                }
            }
            if (d.yres != null) {
                if ($Number(d.yres) !== 0) {
                    m.yres = d.yres >>> 0;
                }
            }
            if (d.audio != null) {
                if ($Number(d.audio) !== 0) {
                    m.audio = d.audio >>> 0;
                }
            }
            if (d.optionalGraphics != null) {
                if (d.optionalGraphics) {
                    m.optionalGraphics = $Boolean(d.optionalGraphics);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an EnterRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.EnterRequest
         * @static
         * @param {zonebus.EnterRequest} m EnterRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        EnterRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.player = null;
                d.arenaType = 0;
                d.arenaName = "";
                d.ship = 0;
                d.xres = 0;
                d.yres = 0;
                d.audio = 0;
                d.optionalGraphics = false;
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerAddress.toObject(m.player, o, q + 1);
            }
            if (m.arenaType != null && $Object.hasOwnProperty.call(m, "arenaType")) {
                d.arenaType = m.arenaType;
            }
            if (m.arenaName != null && $Object.hasOwnProperty.call(m, "arenaName")) {
                d.arenaName = m.arenaName;
            }
            if (m.ship != null && $Object.hasOwnProperty.call(m, "ship")) {
                d.ship = m.ship;
            }
            if (m.xres != null && $Object.hasOwnProperty.call(m, "xres")) {
                d.xres = m.xres;
            }
            if (m.yres != null && $Object.hasOwnProperty.call(m, "yres")) {
                d.yres = m.yres;
            }
            if (m.audio != null && $Object.hasOwnProperty.call(m, "audio")) {
                d.audio = m.audio;
            }
            if (m.optionalGraphics != null && $Object.hasOwnProperty.call(m, "optionalGraphics")) {
                d.optionalGraphics = m.optionalGraphics;
            }
            return d;
        };

        /**
         * Converts this EnterRequest to JSON.
         * @function toJSON
         * @memberof zonebus.EnterRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        EnterRequest.prototype.toJSON = function() {
            return EnterRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for EnterRequest
         * @function getTypeUrl
         * @memberof zonebus.EnterRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        EnterRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.EnterRequest";
        };

        return EnterRequest;
    })();

    zonebus.EnterReply = (function() {

        /**
         * Properties of an EnterReply.
         * @typedef {Object} zonebus.EnterReply.$Properties
         * @property {boolean|null} [ok] EnterReply ok
         * @property {string|null} [arena] EnterReply arena
         * @property {string|null} [error] EnterReply error
         * @property {zonebus.PlayerInfo.$Properties|null} [player] EnterReply player
         * @property {boolean|null} [redirected] EnterReply redirected
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EnterReply.
         * @memberof zonebus
         * @interface IEnterReply
         * @augments zonebus.EnterReply.$Properties
         * @deprecated Use zonebus.EnterReply.$Properties instead.
         */

        /**
         * Shape of an EnterReply.
         * @typedef {zonebus.EnterReply.$Properties} zonebus.EnterReply.$Shape
         */

        /**
         * Constructs a new EnterReply.
         * @memberof zonebus
         * @classdesc Represents an EnterReply.
         * @constructor
         * @param {zonebus.EnterReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EnterReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * EnterReply ok.
         * @member {boolean} ok
         * @memberof zonebus.EnterReply
         * @instance
         */
        EnterReply.prototype.ok = false;

        /**
         * EnterReply arena.
         * @member {string} arena
         * @memberof zonebus.EnterReply
         * @instance
         */
        EnterReply.prototype.arena = "";

        /**
         * EnterReply error.
         * @member {string} error
         * @memberof zonebus.EnterReply
         * @instance
         */
        EnterReply.prototype.error = "";

        /**
         * EnterReply player.
         * @member {zonebus.PlayerInfo.$Properties|null|undefined} player
         * @memberof zonebus.EnterReply
         * @instance
         */
        EnterReply.prototype.player = null;

        /**
         * EnterReply redirected.
         * @member {boolean} redirected
         * @memberof zonebus.EnterReply
         * @instance
         */
        EnterReply.prototype.redirected = false;

        /**
         * Creates a new EnterReply instance using the specified properties.
         * @function create
         * @memberof zonebus.EnterReply
         * @static
         * @param {zonebus.EnterReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.EnterReply} EnterReply instance
         * @type {{
         *   (properties: zonebus.EnterReply.$Shape): zonebus.EnterReply & zonebus.EnterReply.$Shape;
         *   (properties?: zonebus.EnterReply.$Properties): zonebus.EnterReply;
         * }}
         */
        EnterReply.create = function(properties) {
            return new EnterReply(properties);
        };

        /**
         * Encodes the specified EnterReply message. Does not implicitly {@link zonebus.EnterReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.EnterReply
         * @static
         * @param {zonebus.EnterReply.$Properties} m EnterReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EnterReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.arena);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.error);
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerInfo.encode(m.player, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.redirected != null && $Object.hasOwnProperty.call(m, "redirected") && m.redirected !== false)
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.redirected);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified EnterReply message, length delimited. Does not implicitly {@link zonebus.EnterReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.EnterReply
         * @static
         * @param {zonebus.EnterReply.$Properties} message EnterReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EnterReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an EnterReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.EnterReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.EnterReply & zonebus.EnterReply.$Shape} EnterReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EnterReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.EnterReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.redirected = v;
                        else
                            delete m.redirected;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an EnterReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.EnterReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.EnterReply & zonebus.EnterReply.$Shape} EnterReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EnterReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an EnterReply message.
         * @function verify
         * @memberof zonebus.EnterReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        EnterReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerInfo.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.redirected != null && $Object.hasOwnProperty.call(m, "redirected")) {
                if (typeof m.redirected !== "boolean")
                    return "redirected: boolean expected";
            }
            return null;
        };

        /**
         * Creates an EnterReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.EnterReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.EnterReply} EnterReply
         */
        EnterReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.EnterReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.EnterReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.EnterReply();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.EnterReply.player: object expected");
                m.player = $root.zonebus.PlayerInfo.fromObject(d.player, q + 1);
            }
            if (d.redirected != null) {
                if (d.redirected) {
                    m.redirected = $Boolean(d.redirected);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an EnterReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.EnterReply
         * @static
         * @param {zonebus.EnterReply} m EnterReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        EnterReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                d.arena = "";
                d.error = "";
                d.player = null;
                d.redirected = false;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerInfo.toObject(m.player, o, q + 1);
            }
            if (m.redirected != null && $Object.hasOwnProperty.call(m, "redirected")) {
                d.redirected = m.redirected;
            }
            return d;
        };

        /**
         * Converts this EnterReply to JSON.
         * @function toJSON
         * @memberof zonebus.EnterReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        EnterReply.prototype.toJSON = function() {
            return EnterReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for EnterReply
         * @function getTypeUrl
         * @memberof zonebus.EnterReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        EnterReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.EnterReply";
        };

        return EnterReply;
    })();

    zonebus.PlayerLeft = (function() {

        /**
         * Properties of a PlayerLeft.
         * @typedef {Object} zonebus.PlayerLeft.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [player] PlayerLeft player
         * @property {string|null} [reason] PlayerLeft reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerLeft.
         * @memberof zonebus
         * @interface IPlayerLeft
         * @augments zonebus.PlayerLeft.$Properties
         * @deprecated Use zonebus.PlayerLeft.$Properties instead.
         */

        /**
         * Shape of a PlayerLeft.
         * @typedef {zonebus.PlayerLeft.$Properties} zonebus.PlayerLeft.$Shape
         */

        /**
         * Constructs a new PlayerLeft.
         * @memberof zonebus
         * @classdesc Represents a PlayerLeft.
         * @constructor
         * @param {zonebus.PlayerLeft.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerLeft = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlayerLeft player.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} player
         * @memberof zonebus.PlayerLeft
         * @instance
         */
        PlayerLeft.prototype.player = null;

        /**
         * PlayerLeft reason.
         * @member {string} reason
         * @memberof zonebus.PlayerLeft
         * @instance
         */
        PlayerLeft.prototype.reason = "";

        /**
         * Creates a new PlayerLeft instance using the specified properties.
         * @function create
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {zonebus.PlayerLeft.$Properties=} [properties] Properties to set
         * @returns {zonebus.PlayerLeft} PlayerLeft instance
         * @type {{
         *   (properties: zonebus.PlayerLeft.$Shape): zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape;
         *   (properties?: zonebus.PlayerLeft.$Properties): zonebus.PlayerLeft;
         * }}
         */
        PlayerLeft.create = function(properties) {
            return new PlayerLeft(properties);
        };

        /**
         * Encodes the specified PlayerLeft message. Does not implicitly {@link zonebus.PlayerLeft.verify|verify} messages.
         * @function encode
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {zonebus.PlayerLeft.$Properties} m PlayerLeft message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerLeft.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerAddress.encode(m.player, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlayerLeft message, length delimited. Does not implicitly {@link zonebus.PlayerLeft.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {zonebus.PlayerLeft.$Properties} message PlayerLeft message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerLeft.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerLeft message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape} PlayerLeft
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerLeft.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.PlayerLeft();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PlayerLeft message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.PlayerLeft & zonebus.PlayerLeft.$Shape} PlayerLeft
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerLeft.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlayerLeft message.
         * @function verify
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerLeft.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a PlayerLeft message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.PlayerLeft} PlayerLeft
         */
        PlayerLeft.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.PlayerLeft)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.PlayerLeft: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.PlayerLeft();
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.PlayerLeft.player: object expected");
                m.player = $root.zonebus.PlayerAddress.fromObject(d.player, q + 1);
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlayerLeft message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {zonebus.PlayerLeft} m PlayerLeft
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerLeft.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.player = null;
                d.reason = "";
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerAddress.toObject(m.player, o, q + 1);
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this PlayerLeft to JSON.
         * @function toJSON
         * @memberof zonebus.PlayerLeft
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerLeft.prototype.toJSON = function() {
            return PlayerLeft.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerLeft
         * @function getTypeUrl
         * @memberof zonebus.PlayerLeft
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerLeft.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.PlayerLeft";
        };

        return PlayerLeft;
    })();

    zonebus.ArenaLeft = (function() {

        /**
         * Properties of an ArenaLeft.
         * @typedef {Object} zonebus.ArenaLeft.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [player] ArenaLeft player
         * @property {string|null} [arena] ArenaLeft arena
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArenaLeft.
         * @memberof zonebus
         * @interface IArenaLeft
         * @augments zonebus.ArenaLeft.$Properties
         * @deprecated Use zonebus.ArenaLeft.$Properties instead.
         */

        /**
         * Shape of an ArenaLeft.
         * @typedef {zonebus.ArenaLeft.$Properties} zonebus.ArenaLeft.$Shape
         */

        /**
         * Constructs a new ArenaLeft.
         * @memberof zonebus
         * @classdesc Represents an ArenaLeft.
         * @constructor
         * @param {zonebus.ArenaLeft.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArenaLeft = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ArenaLeft player.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} player
         * @memberof zonebus.ArenaLeft
         * @instance
         */
        ArenaLeft.prototype.player = null;

        /**
         * ArenaLeft arena.
         * @member {string} arena
         * @memberof zonebus.ArenaLeft
         * @instance
         */
        ArenaLeft.prototype.arena = "";

        /**
         * Creates a new ArenaLeft instance using the specified properties.
         * @function create
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {zonebus.ArenaLeft.$Properties=} [properties] Properties to set
         * @returns {zonebus.ArenaLeft} ArenaLeft instance
         * @type {{
         *   (properties: zonebus.ArenaLeft.$Shape): zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape;
         *   (properties?: zonebus.ArenaLeft.$Properties): zonebus.ArenaLeft;
         * }}
         */
        ArenaLeft.create = function(properties) {
            return new ArenaLeft(properties);
        };

        /**
         * Encodes the specified ArenaLeft message. Does not implicitly {@link zonebus.ArenaLeft.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {zonebus.ArenaLeft.$Properties} m ArenaLeft message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaLeft.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerAddress.encode(m.player, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.arena);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ArenaLeft message, length delimited. Does not implicitly {@link zonebus.ArenaLeft.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {zonebus.ArenaLeft.$Properties} message ArenaLeft message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArenaLeft.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArenaLeft message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape} ArenaLeft
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaLeft.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ArenaLeft();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an ArenaLeft message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ArenaLeft & zonebus.ArenaLeft.$Shape} ArenaLeft
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArenaLeft.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ArenaLeft message.
         * @function verify
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ArenaLeft.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            return null;
        };

        /**
         * Creates an ArenaLeft message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ArenaLeft} ArenaLeft
         */
        ArenaLeft.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ArenaLeft)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ArenaLeft: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ArenaLeft();
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.ArenaLeft.player: object expected");
                m.player = $root.zonebus.PlayerAddress.fromObject(d.player, q + 1);
            }
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ArenaLeft message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {zonebus.ArenaLeft} m ArenaLeft
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ArenaLeft.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.player = null;
                d.arena = "";
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerAddress.toObject(m.player, o, q + 1);
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            return d;
        };

        /**
         * Converts this ArenaLeft to JSON.
         * @function toJSON
         * @memberof zonebus.ArenaLeft
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ArenaLeft.prototype.toJSON = function() {
            return ArenaLeft.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ArenaLeft
         * @function getTypeUrl
         * @memberof zonebus.ArenaLeft
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ArenaLeft.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ArenaLeft";
        };

        return ArenaLeft;
    })();

    zonebus.ZoneChat = (function() {

        /**
         * Properties of a ZoneChat.
         * @typedef {Object} zonebus.ZoneChat.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [from] ZoneChat from
         * @property {string|null} [fromName] ZoneChat fromName
         * @property {string|null} [fromArena] ZoneChat fromArena
         * @property {number|null} [chatType] ZoneChat chatType
         * @property {number|null} [sound] ZoneChat sound
         * @property {number|null} [targetPid] ZoneChat targetPid
         * @property {string|null} [targetName] ZoneChat targetName
         * @property {string|null} [text] ZoneChat text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ZoneChat.
         * @memberof zonebus
         * @interface IZoneChat
         * @augments zonebus.ZoneChat.$Properties
         * @deprecated Use zonebus.ZoneChat.$Properties instead.
         */

        /**
         * Shape of a ZoneChat.
         * @typedef {zonebus.ZoneChat.$Properties} zonebus.ZoneChat.$Shape
         */

        /**
         * Constructs a new ZoneChat.
         * @memberof zonebus
         * @classdesc Represents a ZoneChat.
         * @constructor
         * @param {zonebus.ZoneChat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ZoneChat = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ZoneChat from.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} from
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.from = null;

        /**
         * ZoneChat fromName.
         * @member {string} fromName
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.fromName = "";

        /**
         * ZoneChat fromArena.
         * @member {string} fromArena
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.fromArena = "";

        /**
         * ZoneChat chatType.
         * @member {number} chatType
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.chatType = 0;

        /**
         * ZoneChat sound.
         * @member {number} sound
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.sound = 0;

        /**
         * ZoneChat targetPid.
         * @member {number} targetPid
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.targetPid = 0;

        /**
         * ZoneChat targetName.
         * @member {string} targetName
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.targetName = "";

        /**
         * ZoneChat text.
         * @member {string} text
         * @memberof zonebus.ZoneChat
         * @instance
         */
        ZoneChat.prototype.text = "";

        /**
         * Creates a new ZoneChat instance using the specified properties.
         * @function create
         * @memberof zonebus.ZoneChat
         * @static
         * @param {zonebus.ZoneChat.$Properties=} [properties] Properties to set
         * @returns {zonebus.ZoneChat} ZoneChat instance
         * @type {{
         *   (properties: zonebus.ZoneChat.$Shape): zonebus.ZoneChat & zonebus.ZoneChat.$Shape;
         *   (properties?: zonebus.ZoneChat.$Properties): zonebus.ZoneChat;
         * }}
         */
        ZoneChat.create = function(properties) {
            return new ZoneChat(properties);
        };

        /**
         * Encodes the specified ZoneChat message. Does not implicitly {@link zonebus.ZoneChat.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ZoneChat
         * @static
         * @param {zonebus.ZoneChat.$Properties} m ZoneChat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ZoneChat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.from != null && $Object.hasOwnProperty.call(m, "from"))
                $root.zonebus.PlayerAddress.encode(m.from, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.fromName != null && $Object.hasOwnProperty.call(m, "fromName") && m.fromName !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.fromName);
            if (m.fromArena != null && $Object.hasOwnProperty.call(m, "fromArena") && m.fromArena !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.fromArena);
            if (m.chatType != null && $Object.hasOwnProperty.call(m, "chatType") && m.chatType !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.chatType);
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound") && m.sound !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.sound);
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid") && m.targetPid !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.targetPid);
            if (m.targetName != null && $Object.hasOwnProperty.call(m, "targetName") && m.targetName !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.targetName);
            if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                w.uint32(/* id 8, wireType 2 =*/66).string(m.text);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ZoneChat message, length delimited. Does not implicitly {@link zonebus.ZoneChat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ZoneChat
         * @static
         * @param {zonebus.ZoneChat.$Properties} message ZoneChat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ZoneChat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ZoneChat message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ZoneChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ZoneChat & zonebus.ZoneChat.$Shape} ZoneChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ZoneChat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ZoneChat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.from = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.from);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.fromName = v;
                        else
                            delete m.fromName;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.fromArena = v;
                        else
                            delete m.fromArena;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.chatType = v;
                        else
                            delete m.chatType;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.sound = v;
                        else
                            delete m.sound;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.targetPid = v;
                        else
                            delete m.targetPid;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.targetName = v;
                        else
                            delete m.targetName;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.text = v;
                        else
                            delete m.text;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ZoneChat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ZoneChat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ZoneChat & zonebus.ZoneChat.$Shape} ZoneChat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ZoneChat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ZoneChat message.
         * @function verify
         * @memberof zonebus.ZoneChat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ZoneChat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.from, q + 1);
                    if (e)
                        return "from." + e;
                }
            }
            if (m.fromName != null && $Object.hasOwnProperty.call(m, "fromName")) {
                if (!$util.isString(m.fromName))
                    return "fromName: string expected";
            }
            if (m.fromArena != null && $Object.hasOwnProperty.call(m, "fromArena")) {
                if (!$util.isString(m.fromArena))
                    return "fromArena: string expected";
            }
            if (m.chatType != null && $Object.hasOwnProperty.call(m, "chatType")) {
                if (!$util.isInteger(m.chatType))
                    return "chatType: integer expected";
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                if (!$util.isInteger(m.sound))
                    return "sound: integer expected";
            }
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid")) {
                if (!$util.isInteger(m.targetPid))
                    return "targetPid: integer expected";
            }
            if (m.targetName != null && $Object.hasOwnProperty.call(m, "targetName")) {
                if (!$util.isString(m.targetName))
                    return "targetName: string expected";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                if (!$util.isString(m.text))
                    return "text: string expected";
            }
            return null;
        };

        /**
         * Creates a ZoneChat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ZoneChat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ZoneChat} ZoneChat
         */
        ZoneChat.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ZoneChat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ZoneChat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ZoneChat();
            if (d.from != null) {
                if (!$util.isObject(d.from))
                    throw $TypeError(".zonebus.ZoneChat.from: object expected");
                m.from = $root.zonebus.PlayerAddress.fromObject(d.from, q + 1);
            }
            if (d.fromName != null) {
                if (typeof d.fromName !== "string" || d.fromName.length) {
                    m.fromName = $String(d.fromName);
                }
            }
            if (d.fromArena != null) {
                if (typeof d.fromArena !== "string" || d.fromArena.length) {
                    m.fromArena = $String(d.fromArena);
                }
            }
            if (d.chatType != null) {
                if ($Number(d.chatType) !== 0) {
                    m.chatType = d.chatType >>> 0;
                }
            }
            if (d.sound != null) {
                if ($Number(d.sound) !== 0) {
                    m.sound = d.sound >>> 0;
                }
            }
            if (d.targetPid != null) {
                if ($Number(d.targetPid) !== 0) {
                    m.targetPid = d.targetPid >>> 0;
                }
            }
            if (d.targetName != null) {
                if (typeof d.targetName !== "string" || d.targetName.length) {
                    m.targetName = $String(d.targetName);
                }
            }
            if (d.text != null) {
                if (typeof d.text !== "string" || d.text.length) {
                    m.text = $String(d.text);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ZoneChat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ZoneChat
         * @static
         * @param {zonebus.ZoneChat} m ZoneChat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ZoneChat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.from = null;
                d.fromName = "";
                d.fromArena = "";
                d.chatType = 0;
                d.sound = 0;
                d.targetPid = 0;
                d.targetName = "";
                d.text = "";
            }
            if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                d.from = $root.zonebus.PlayerAddress.toObject(m.from, o, q + 1);
            }
            if (m.fromName != null && $Object.hasOwnProperty.call(m, "fromName")) {
                d.fromName = m.fromName;
            }
            if (m.fromArena != null && $Object.hasOwnProperty.call(m, "fromArena")) {
                d.fromArena = m.fromArena;
            }
            if (m.chatType != null && $Object.hasOwnProperty.call(m, "chatType")) {
                d.chatType = m.chatType;
            }
            if (m.sound != null && $Object.hasOwnProperty.call(m, "sound")) {
                d.sound = m.sound;
            }
            if (m.targetPid != null && $Object.hasOwnProperty.call(m, "targetPid")) {
                d.targetPid = m.targetPid;
            }
            if (m.targetName != null && $Object.hasOwnProperty.call(m, "targetName")) {
                d.targetName = m.targetName;
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            return d;
        };

        /**
         * Converts this ZoneChat to JSON.
         * @function toJSON
         * @memberof zonebus.ZoneChat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ZoneChat.prototype.toJSON = function() {
            return ZoneChat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ZoneChat
         * @function getTypeUrl
         * @memberof zonebus.ZoneChat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ZoneChat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ZoneChat";
        };

        return ZoneChat;
    })();

    zonebus.PlayerRecord = (function() {

        /**
         * Properties of a PlayerRecord.
         * @typedef {Object} zonebus.PlayerRecord.$Properties
         * @property {zonebus.PlayerInfo.$Properties|null} [info] PlayerRecord info
         * @property {string|null} [arena] PlayerRecord arena
         * @property {number|null} [loginMs] PlayerRecord loginMs
         * @property {string|null} [landing] PlayerRecord landing
         * @property {boolean|null} [authenticated] PlayerRecord authenticated
         * @property {number|null} [billerUserId] PlayerRecord billerUserId
         * @property {boolean|null} [billerKnown] PlayerRecord billerKnown
         * @property {boolean|null} [enteredOnce] PlayerRecord enteredOnce
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerRecord.
         * @memberof zonebus
         * @interface IPlayerRecord
         * @augments zonebus.PlayerRecord.$Properties
         * @deprecated Use zonebus.PlayerRecord.$Properties instead.
         */

        /**
         * Shape of a PlayerRecord.
         * @typedef {zonebus.PlayerRecord.$Properties} zonebus.PlayerRecord.$Shape
         */

        /**
         * Constructs a new PlayerRecord.
         * @memberof zonebus
         * @classdesc Represents a PlayerRecord.
         * @constructor
         * @param {zonebus.PlayerRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlayerRecord info.
         * @member {zonebus.PlayerInfo.$Properties|null|undefined} info
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.info = null;

        /**
         * PlayerRecord arena.
         * @member {string} arena
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.arena = "";

        /**
         * PlayerRecord loginMs.
         * @member {number} loginMs
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.loginMs = 0;

        /**
         * PlayerRecord landing.
         * @member {string} landing
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.landing = "";

        /**
         * PlayerRecord authenticated.
         * @member {boolean} authenticated
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.authenticated = false;

        /**
         * PlayerRecord billerUserId.
         * @member {number} billerUserId
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.billerUserId = 0;

        /**
         * PlayerRecord billerKnown.
         * @member {boolean} billerKnown
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.billerKnown = false;

        /**
         * PlayerRecord enteredOnce.
         * @member {boolean} enteredOnce
         * @memberof zonebus.PlayerRecord
         * @instance
         */
        PlayerRecord.prototype.enteredOnce = false;

        /**
         * Creates a new PlayerRecord instance using the specified properties.
         * @function create
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {zonebus.PlayerRecord.$Properties=} [properties] Properties to set
         * @returns {zonebus.PlayerRecord} PlayerRecord instance
         * @type {{
         *   (properties: zonebus.PlayerRecord.$Shape): zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape;
         *   (properties?: zonebus.PlayerRecord.$Properties): zonebus.PlayerRecord;
         * }}
         */
        PlayerRecord.create = function(properties) {
            return new PlayerRecord(properties);
        };

        /**
         * Encodes the specified PlayerRecord message. Does not implicitly {@link zonebus.PlayerRecord.verify|verify} messages.
         * @function encode
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {zonebus.PlayerRecord.$Properties} m PlayerRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.info != null && $Object.hasOwnProperty.call(m, "info"))
                $root.zonebus.PlayerInfo.encode(m.info, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.arena);
            if (m.loginMs != null && $Object.hasOwnProperty.call(m, "loginMs") && !$Object.is(m.loginMs, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.loginMs);
            if (m.landing != null && $Object.hasOwnProperty.call(m, "landing") && m.landing !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.landing);
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated") && m.authenticated !== false)
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.authenticated);
            if (m.billerUserId != null && $Object.hasOwnProperty.call(m, "billerUserId") && m.billerUserId !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.billerUserId);
            if (m.billerKnown != null && $Object.hasOwnProperty.call(m, "billerKnown") && m.billerKnown !== false)
                w.uint32(/* id 7, wireType 0 =*/56).bool(m.billerKnown);
            if (m.enteredOnce != null && $Object.hasOwnProperty.call(m, "enteredOnce") && m.enteredOnce !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.enteredOnce);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlayerRecord message, length delimited. Does not implicitly {@link zonebus.PlayerRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {zonebus.PlayerRecord.$Properties} message PlayerRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerRecord message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape} PlayerRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.PlayerRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.info = $root.zonebus.PlayerInfo.decode(r, r.size(), $undefined, q + 1, m.info);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.loginMs = v;
                        else
                            delete m.loginMs;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.landing = v;
                        else
                            delete m.landing;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.authenticated = v;
                        else
                            delete m.authenticated;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.billerUserId = v;
                        else
                            delete m.billerUserId;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.billerKnown = v;
                        else
                            delete m.billerKnown;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.enteredOnce = v;
                        else
                            delete m.enteredOnce;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PlayerRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.PlayerRecord & zonebus.PlayerRecord.$Shape} PlayerRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlayerRecord message.
         * @function verify
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                {
                    var e = $root.zonebus.PlayerInfo.verify(m.info, q + 1);
                    if (e)
                        return "info." + e;
                }
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.loginMs != null && $Object.hasOwnProperty.call(m, "loginMs")) {
                if (typeof m.loginMs !== "number")
                    return "loginMs: number expected";
            }
            if (m.landing != null && $Object.hasOwnProperty.call(m, "landing")) {
                if (!$util.isString(m.landing))
                    return "landing: string expected";
            }
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated")) {
                if (typeof m.authenticated !== "boolean")
                    return "authenticated: boolean expected";
            }
            if (m.billerUserId != null && $Object.hasOwnProperty.call(m, "billerUserId")) {
                if (!$util.isInteger(m.billerUserId))
                    return "billerUserId: integer expected";
            }
            if (m.billerKnown != null && $Object.hasOwnProperty.call(m, "billerKnown")) {
                if (typeof m.billerKnown !== "boolean")
                    return "billerKnown: boolean expected";
            }
            if (m.enteredOnce != null && $Object.hasOwnProperty.call(m, "enteredOnce")) {
                if (typeof m.enteredOnce !== "boolean")
                    return "enteredOnce: boolean expected";
            }
            return null;
        };

        /**
         * Creates a PlayerRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.PlayerRecord} PlayerRecord
         */
        PlayerRecord.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.PlayerRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.PlayerRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.PlayerRecord();
            if (d.info != null) {
                if (!$util.isObject(d.info))
                    throw $TypeError(".zonebus.PlayerRecord.info: object expected");
                m.info = $root.zonebus.PlayerInfo.fromObject(d.info, q + 1);
            }
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.loginMs != null) {
                if (!$Object.is($Number(d.loginMs), 0)) {
                    m.loginMs = $Number(d.loginMs);
                }
            }
            if (d.landing != null) {
                if (typeof d.landing !== "string" || d.landing.length) {
                    m.landing = $String(d.landing);
                }
            }
            if (d.authenticated != null) {
                if (d.authenticated) {
                    m.authenticated = $Boolean(d.authenticated);
                }
            }
            if (d.billerUserId != null) {
                if ($Number(d.billerUserId) !== 0) {
                    m.billerUserId = d.billerUserId >>> 0;
                }
            }
            if (d.billerKnown != null) {
                if (d.billerKnown) {
                    m.billerKnown = $Boolean(d.billerKnown);
                }
            }
            if (d.enteredOnce != null) {
                if (d.enteredOnce) {
                    m.enteredOnce = $Boolean(d.enteredOnce);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlayerRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {zonebus.PlayerRecord} m PlayerRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.info = null;
                d.arena = "";
                d.loginMs = 0;
                d.landing = "";
                d.authenticated = false;
                d.billerUserId = 0;
                d.billerKnown = false;
                d.enteredOnce = false;
            }
            if (m.info != null && $Object.hasOwnProperty.call(m, "info")) {
                d.info = $root.zonebus.PlayerInfo.toObject(m.info, o, q + 1);
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.loginMs != null && $Object.hasOwnProperty.call(m, "loginMs")) {
                d.loginMs = o.json && !$isFinite(m.loginMs) ? $String(m.loginMs) : m.loginMs;
            }
            if (m.landing != null && $Object.hasOwnProperty.call(m, "landing")) {
                d.landing = m.landing;
            }
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated")) {
                d.authenticated = m.authenticated;
            }
            if (m.billerUserId != null && $Object.hasOwnProperty.call(m, "billerUserId")) {
                d.billerUserId = m.billerUserId;
            }
            if (m.billerKnown != null && $Object.hasOwnProperty.call(m, "billerKnown")) {
                d.billerKnown = m.billerKnown;
            }
            if (m.enteredOnce != null && $Object.hasOwnProperty.call(m, "enteredOnce")) {
                d.enteredOnce = m.enteredOnce;
            }
            return d;
        };

        /**
         * Converts this PlayerRecord to JSON.
         * @function toJSON
         * @memberof zonebus.PlayerRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerRecord.prototype.toJSON = function() {
            return PlayerRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerRecord
         * @function getTypeUrl
         * @memberof zonebus.PlayerRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.PlayerRecord";
        };

        return PlayerRecord;
    })();

    zonebus.ZoneFile = (function() {

        /**
         * Properties of a ZoneFile.
         * @typedef {Object} zonebus.ZoneFile.$Properties
         * @property {string|null} [path] ZoneFile path
         * @property {Uint8Array|null} [data] ZoneFile data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ZoneFile.
         * @memberof zonebus
         * @interface IZoneFile
         * @augments zonebus.ZoneFile.$Properties
         * @deprecated Use zonebus.ZoneFile.$Properties instead.
         */

        /**
         * Shape of a ZoneFile.
         * @typedef {zonebus.ZoneFile.$Properties} zonebus.ZoneFile.$Shape
         */

        /**
         * Constructs a new ZoneFile.
         * @memberof zonebus
         * @classdesc Represents a ZoneFile.
         * @constructor
         * @param {zonebus.ZoneFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ZoneFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ZoneFile path.
         * @member {string} path
         * @memberof zonebus.ZoneFile
         * @instance
         */
        ZoneFile.prototype.path = "";

        /**
         * ZoneFile data.
         * @member {Uint8Array} data
         * @memberof zonebus.ZoneFile
         * @instance
         */
        ZoneFile.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new ZoneFile instance using the specified properties.
         * @function create
         * @memberof zonebus.ZoneFile
         * @static
         * @param {zonebus.ZoneFile.$Properties=} [properties] Properties to set
         * @returns {zonebus.ZoneFile} ZoneFile instance
         * @type {{
         *   (properties: zonebus.ZoneFile.$Shape): zonebus.ZoneFile & zonebus.ZoneFile.$Shape;
         *   (properties?: zonebus.ZoneFile.$Properties): zonebus.ZoneFile;
         * }}
         */
        ZoneFile.create = function(properties) {
            return new ZoneFile(properties);
        };

        /**
         * Encodes the specified ZoneFile message. Does not implicitly {@link zonebus.ZoneFile.verify|verify} messages.
         * @function encode
         * @memberof zonebus.ZoneFile
         * @static
         * @param {zonebus.ZoneFile.$Properties} m ZoneFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ZoneFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ZoneFile message, length delimited. Does not implicitly {@link zonebus.ZoneFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.ZoneFile
         * @static
         * @param {zonebus.ZoneFile.$Properties} message ZoneFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ZoneFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ZoneFile message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.ZoneFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.ZoneFile & zonebus.ZoneFile.$Shape} ZoneFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ZoneFile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.ZoneFile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.path = v;
                        else
                            delete m.path;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ZoneFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.ZoneFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.ZoneFile & zonebus.ZoneFile.$Shape} ZoneFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ZoneFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ZoneFile message.
         * @function verify
         * @memberof zonebus.ZoneFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ZoneFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                if (!$util.isString(m.path))
                    return "path: string expected";
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a ZoneFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.ZoneFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.ZoneFile} ZoneFile
         */
        ZoneFile.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.ZoneFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.ZoneFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.ZoneFile();
            if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                    m.path = $String(d.path);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ZoneFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.ZoneFile
         * @static
         * @param {zonebus.ZoneFile} m ZoneFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ZoneFile.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.path = "";
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this ZoneFile to JSON.
         * @function toJSON
         * @memberof zonebus.ZoneFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ZoneFile.prototype.toJSON = function() {
            return ZoneFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ZoneFile
         * @function getTypeUrl
         * @memberof zonebus.ZoneFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ZoneFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.ZoneFile";
        };

        return ZoneFile;
    })();

    zonebus.MasterLease = (function() {

        /**
         * Properties of a MasterLease.
         * @typedef {Object} zonebus.MasterLease.$Properties
         * @property {string|null} [owner] MasterLease owner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MasterLease.
         * @memberof zonebus
         * @interface IMasterLease
         * @augments zonebus.MasterLease.$Properties
         * @deprecated Use zonebus.MasterLease.$Properties instead.
         */

        /**
         * Shape of a MasterLease.
         * @typedef {zonebus.MasterLease.$Properties} zonebus.MasterLease.$Shape
         */

        /**
         * Constructs a new MasterLease.
         * @memberof zonebus
         * @classdesc Represents a MasterLease.
         * @constructor
         * @param {zonebus.MasterLease.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MasterLease = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MasterLease owner.
         * @member {string} owner
         * @memberof zonebus.MasterLease
         * @instance
         */
        MasterLease.prototype.owner = "";

        /**
         * Creates a new MasterLease instance using the specified properties.
         * @function create
         * @memberof zonebus.MasterLease
         * @static
         * @param {zonebus.MasterLease.$Properties=} [properties] Properties to set
         * @returns {zonebus.MasterLease} MasterLease instance
         * @type {{
         *   (properties: zonebus.MasterLease.$Shape): zonebus.MasterLease & zonebus.MasterLease.$Shape;
         *   (properties?: zonebus.MasterLease.$Properties): zonebus.MasterLease;
         * }}
         */
        MasterLease.create = function(properties) {
            return new MasterLease(properties);
        };

        /**
         * Encodes the specified MasterLease message. Does not implicitly {@link zonebus.MasterLease.verify|verify} messages.
         * @function encode
         * @memberof zonebus.MasterLease
         * @static
         * @param {zonebus.MasterLease.$Properties} m MasterLease message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MasterLease.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MasterLease message, length delimited. Does not implicitly {@link zonebus.MasterLease.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.MasterLease
         * @static
         * @param {zonebus.MasterLease.$Properties} message MasterLease message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MasterLease.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MasterLease message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.MasterLease
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.MasterLease & zonebus.MasterLease.$Shape} MasterLease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MasterLease.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.MasterLease();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MasterLease message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.MasterLease
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.MasterLease & zonebus.MasterLease.$Shape} MasterLease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MasterLease.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MasterLease message.
         * @function verify
         * @memberof zonebus.MasterLease
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MasterLease.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            return null;
        };

        /**
         * Creates a MasterLease message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.MasterLease
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.MasterLease} MasterLease
         */
        MasterLease.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.MasterLease)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.MasterLease: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.MasterLease();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MasterLease message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.MasterLease
         * @static
         * @param {zonebus.MasterLease} m MasterLease
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MasterLease.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            return d;
        };

        /**
         * Converts this MasterLease to JSON.
         * @function toJSON
         * @memberof zonebus.MasterLease
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MasterLease.prototype.toJSON = function() {
            return MasterLease.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MasterLease
         * @function getTypeUrl
         * @memberof zonebus.MasterLease
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MasterLease.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.MasterLease";
        };

        return MasterLease;
    })();

    zonebus.PlayerData = (function() {

        /**
         * Properties of a PlayerData.
         * @typedef {Object} zonebus.PlayerData.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [player] PlayerData player
         * @property {Uint8Array|null} [data] PlayerData data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerData.
         * @memberof zonebus
         * @interface IPlayerData
         * @augments zonebus.PlayerData.$Properties
         * @deprecated Use zonebus.PlayerData.$Properties instead.
         */

        /**
         * Shape of a PlayerData.
         * @typedef {zonebus.PlayerData.$Properties} zonebus.PlayerData.$Shape
         */

        /**
         * Constructs a new PlayerData.
         * @memberof zonebus
         * @classdesc Represents a PlayerData.
         * @constructor
         * @param {zonebus.PlayerData.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerData = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PlayerData player.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} player
         * @memberof zonebus.PlayerData
         * @instance
         */
        PlayerData.prototype.player = null;

        /**
         * PlayerData data.
         * @member {Uint8Array} data
         * @memberof zonebus.PlayerData
         * @instance
         */
        PlayerData.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new PlayerData instance using the specified properties.
         * @function create
         * @memberof zonebus.PlayerData
         * @static
         * @param {zonebus.PlayerData.$Properties=} [properties] Properties to set
         * @returns {zonebus.PlayerData} PlayerData instance
         * @type {{
         *   (properties: zonebus.PlayerData.$Shape): zonebus.PlayerData & zonebus.PlayerData.$Shape;
         *   (properties?: zonebus.PlayerData.$Properties): zonebus.PlayerData;
         * }}
         */
        PlayerData.create = function(properties) {
            return new PlayerData(properties);
        };

        /**
         * Encodes the specified PlayerData message. Does not implicitly {@link zonebus.PlayerData.verify|verify} messages.
         * @function encode
         * @memberof zonebus.PlayerData
         * @static
         * @param {zonebus.PlayerData.$Properties} m PlayerData message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerAddress.encode(m.player, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PlayerData message, length delimited. Does not implicitly {@link zonebus.PlayerData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.PlayerData
         * @static
         * @param {zonebus.PlayerData.$Properties} message PlayerData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerData message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.PlayerData
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.PlayerData & zonebus.PlayerData.$Shape} PlayerData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.PlayerData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PlayerData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.PlayerData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.PlayerData & zonebus.PlayerData.$Shape} PlayerData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PlayerData message.
         * @function verify
         * @memberof zonebus.PlayerData
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PlayerData.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                    return "data: buffer expected";
            }
            return null;
        };

        /**
         * Creates a PlayerData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.PlayerData
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.PlayerData} PlayerData
         */
        PlayerData.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.PlayerData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.PlayerData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.PlayerData();
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.PlayerData.player: object expected");
                m.player = $root.zonebus.PlayerAddress.fromObject(d.player, q + 1);
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PlayerData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.PlayerData
         * @static
         * @param {zonebus.PlayerData} m PlayerData
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlayerData.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.player = null;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerAddress.toObject(m.player, o, q + 1);
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            return d;
        };

        /**
         * Converts this PlayerData to JSON.
         * @function toJSON
         * @memberof zonebus.PlayerData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlayerData.prototype.toJSON = function() {
            return PlayerData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlayerData
         * @function getTypeUrl
         * @memberof zonebus.PlayerData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlayerData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.PlayerData";
        };

        return PlayerData;
    })();

    zonebus.GatewayStatus = (function() {

        /**
         * Properties of a GatewayStatus.
         * @typedef {Object} zonebus.GatewayStatus.$Properties
         * @property {string|null} [id] GatewayStatus id
         * @property {string|null} [group] GatewayStatus group
         * @property {string|null} [publicIp] GatewayStatus publicIp
         * @property {number|null} [publicPort] GatewayStatus publicPort
         * @property {number|null} [connections] GatewayStatus connections
         * @property {boolean|null} [draining] GatewayStatus draining
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GatewayStatus.
         * @memberof zonebus
         * @interface IGatewayStatus
         * @augments zonebus.GatewayStatus.$Properties
         * @deprecated Use zonebus.GatewayStatus.$Properties instead.
         */

        /**
         * Shape of a GatewayStatus.
         * @typedef {zonebus.GatewayStatus.$Properties} zonebus.GatewayStatus.$Shape
         */

        /**
         * Constructs a new GatewayStatus.
         * @memberof zonebus
         * @classdesc Represents a GatewayStatus.
         * @constructor
         * @param {zonebus.GatewayStatus.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GatewayStatus = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GatewayStatus id.
         * @member {string} id
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.id = "";

        /**
         * GatewayStatus group.
         * @member {string} group
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.group = "";

        /**
         * GatewayStatus publicIp.
         * @member {string} publicIp
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.publicIp = "";

        /**
         * GatewayStatus publicPort.
         * @member {number} publicPort
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.publicPort = 0;

        /**
         * GatewayStatus connections.
         * @member {number} connections
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.connections = 0;

        /**
         * GatewayStatus draining.
         * @member {boolean} draining
         * @memberof zonebus.GatewayStatus
         * @instance
         */
        GatewayStatus.prototype.draining = false;

        /**
         * Creates a new GatewayStatus instance using the specified properties.
         * @function create
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {zonebus.GatewayStatus.$Properties=} [properties] Properties to set
         * @returns {zonebus.GatewayStatus} GatewayStatus instance
         * @type {{
         *   (properties: zonebus.GatewayStatus.$Shape): zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape;
         *   (properties?: zonebus.GatewayStatus.$Properties): zonebus.GatewayStatus;
         * }}
         */
        GatewayStatus.create = function(properties) {
            return new GatewayStatus(properties);
        };

        /**
         * Encodes the specified GatewayStatus message. Does not implicitly {@link zonebus.GatewayStatus.verify|verify} messages.
         * @function encode
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {zonebus.GatewayStatus.$Properties} m GatewayStatus message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GatewayStatus.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
            if (m.group != null && $Object.hasOwnProperty.call(m, "group") && m.group !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.group);
            if (m.publicIp != null && $Object.hasOwnProperty.call(m, "publicIp") && m.publicIp !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.publicIp);
            if (m.publicPort != null && $Object.hasOwnProperty.call(m, "publicPort") && m.publicPort !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.publicPort);
            if (m.connections != null && $Object.hasOwnProperty.call(m, "connections") && m.connections !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.connections);
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining") && m.draining !== false)
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.draining);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified GatewayStatus message, length delimited. Does not implicitly {@link zonebus.GatewayStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {zonebus.GatewayStatus.$Properties} message GatewayStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GatewayStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GatewayStatus message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape} GatewayStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GatewayStatus.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.GatewayStatus();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.group = v;
                        else
                            delete m.group;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.publicIp = v;
                        else
                            delete m.publicIp;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.publicPort = v;
                        else
                            delete m.publicPort;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.connections = v;
                        else
                            delete m.connections;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.draining = v;
                        else
                            delete m.draining;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a GatewayStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.GatewayStatus & zonebus.GatewayStatus.$Shape} GatewayStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GatewayStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a GatewayStatus message.
         * @function verify
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        GatewayStatus.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!$util.isString(m.id))
                    return "id: string expected";
            }
            if (m.group != null && $Object.hasOwnProperty.call(m, "group")) {
                if (!$util.isString(m.group))
                    return "group: string expected";
            }
            if (m.publicIp != null && $Object.hasOwnProperty.call(m, "publicIp")) {
                if (!$util.isString(m.publicIp))
                    return "publicIp: string expected";
            }
            if (m.publicPort != null && $Object.hasOwnProperty.call(m, "publicPort")) {
                if (!$util.isInteger(m.publicPort))
                    return "publicPort: integer expected";
            }
            if (m.connections != null && $Object.hasOwnProperty.call(m, "connections")) {
                if (!$util.isInteger(m.connections))
                    return "connections: integer expected";
            }
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                if (typeof m.draining !== "boolean")
                    return "draining: boolean expected";
            }
            return null;
        };

        /**
         * Creates a GatewayStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.GatewayStatus} GatewayStatus
         */
        GatewayStatus.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.GatewayStatus)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.GatewayStatus: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.GatewayStatus();
            if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                    m.id = $String(d.id);
                }
            }
            if (d.group != null) {
                if (typeof d.group !== "string" || d.group.length) {
                    m.group = $String(d.group);
                }
            }
            if (d.publicIp != null) {
                if (typeof d.publicIp !== "string" || d.publicIp.length) {
                    m.publicIp = $String(d.publicIp);
                }
            }
            if (d.publicPort != null) {
                if ($Number(d.publicPort) !== 0) {
                    m.publicPort = d.publicPort >>> 0;
                }
            }
            if (d.connections != null) {
                if ($Number(d.connections) !== 0) {
                    m.connections = d.connections >>> 0;
                }
            }
            if (d.draining != null) {
                if (d.draining) {
                    m.draining = $Boolean(d.draining);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a GatewayStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {zonebus.GatewayStatus} m GatewayStatus
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GatewayStatus.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.id = "";
                d.group = "";
                d.publicIp = "";
                d.publicPort = 0;
                d.connections = 0;
                d.draining = false;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
            }
            if (m.group != null && $Object.hasOwnProperty.call(m, "group")) {
                d.group = m.group;
            }
            if (m.publicIp != null && $Object.hasOwnProperty.call(m, "publicIp")) {
                d.publicIp = m.publicIp;
            }
            if (m.publicPort != null && $Object.hasOwnProperty.call(m, "publicPort")) {
                d.publicPort = m.publicPort;
            }
            if (m.connections != null && $Object.hasOwnProperty.call(m, "connections")) {
                d.connections = m.connections;
            }
            if (m.draining != null && $Object.hasOwnProperty.call(m, "draining")) {
                d.draining = m.draining;
            }
            return d;
        };

        /**
         * Converts this GatewayStatus to JSON.
         * @function toJSON
         * @memberof zonebus.GatewayStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GatewayStatus.prototype.toJSON = function() {
            return GatewayStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GatewayStatus
         * @function getTypeUrl
         * @memberof zonebus.GatewayStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GatewayStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.GatewayStatus";
        };

        return GatewayStatus;
    })();

    zonebus.RedirectTicket = (function() {

        /**
         * Properties of a RedirectTicket.
         * @typedef {Object} zonebus.RedirectTicket.$Properties
         * @property {string|null} [clientIp] RedirectTicket clientIp
         * @property {Uint8Array|null} [loginIdMac] RedirectTicket loginIdMac
         * @property {number|null} [expiresMs] RedirectTicket expiresMs
         * @property {string|null} [arena] RedirectTicket arena
         * @property {string|null} [reason] RedirectTicket reason
         * @property {boolean|null} [used] RedirectTicket used
         * @property {boolean|null} [requiresLoginId] RedirectTicket requiresLoginId
         * @property {boolean|null} [authenticated] RedirectTicket authenticated
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RedirectTicket.
         * @memberof zonebus
         * @interface IRedirectTicket
         * @augments zonebus.RedirectTicket.$Properties
         * @deprecated Use zonebus.RedirectTicket.$Properties instead.
         */

        /**
         * Shape of a RedirectTicket.
         * @typedef {zonebus.RedirectTicket.$Properties} zonebus.RedirectTicket.$Shape
         */

        /**
         * Constructs a new RedirectTicket.
         * @memberof zonebus
         * @classdesc Represents a RedirectTicket.
         * @constructor
         * @param {zonebus.RedirectTicket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RedirectTicket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RedirectTicket clientIp.
         * @member {string} clientIp
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.clientIp = "";

        /**
         * RedirectTicket loginIdMac.
         * @member {Uint8Array} loginIdMac
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.loginIdMac = $util.newBuffer([]);

        /**
         * RedirectTicket expiresMs.
         * @member {number} expiresMs
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.expiresMs = 0;

        /**
         * RedirectTicket arena.
         * @member {string} arena
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.arena = "";

        /**
         * RedirectTicket reason.
         * @member {string} reason
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.reason = "";

        /**
         * RedirectTicket used.
         * @member {boolean} used
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.used = false;

        /**
         * RedirectTicket requiresLoginId.
         * @member {boolean} requiresLoginId
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.requiresLoginId = false;

        /**
         * RedirectTicket authenticated.
         * @member {boolean} authenticated
         * @memberof zonebus.RedirectTicket
         * @instance
         */
        RedirectTicket.prototype.authenticated = false;

        /**
         * Creates a new RedirectTicket instance using the specified properties.
         * @function create
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {zonebus.RedirectTicket.$Properties=} [properties] Properties to set
         * @returns {zonebus.RedirectTicket} RedirectTicket instance
         * @type {{
         *   (properties: zonebus.RedirectTicket.$Shape): zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape;
         *   (properties?: zonebus.RedirectTicket.$Properties): zonebus.RedirectTicket;
         * }}
         */
        RedirectTicket.create = function(properties) {
            return new RedirectTicket(properties);
        };

        /**
         * Encodes the specified RedirectTicket message. Does not implicitly {@link zonebus.RedirectTicket.verify|verify} messages.
         * @function encode
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {zonebus.RedirectTicket.$Properties} m RedirectTicket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectTicket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp") && m.clientIp !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.clientIp);
            if (m.loginIdMac != null && $Object.hasOwnProperty.call(m, "loginIdMac") && m.loginIdMac.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.loginIdMac);
            if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && !$Object.is(m.expiresMs, 0))
                w.uint32(/* id 3, wireType 1 =*/25).double(m.expiresMs);
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena") && m.arena !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.arena);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && m.used !== false)
                w.uint32(/* id 6, wireType 0 =*/48).bool(m.used);
            if (m.requiresLoginId != null && $Object.hasOwnProperty.call(m, "requiresLoginId") && m.requiresLoginId !== false)
                w.uint32(/* id 7, wireType 0 =*/56).bool(m.requiresLoginId);
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated") && m.authenticated !== false)
                w.uint32(/* id 8, wireType 0 =*/64).bool(m.authenticated);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RedirectTicket message, length delimited. Does not implicitly {@link zonebus.RedirectTicket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {zonebus.RedirectTicket.$Properties} message RedirectTicket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectTicket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RedirectTicket message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape} RedirectTicket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectTicket.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.RedirectTicket();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.clientIp = v;
                        else
                            delete m.clientIp;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.loginIdMac = v;
                        else
                            delete m.loginIdMac;
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.expiresMs = v;
                        else
                            delete m.expiresMs;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.arena = v;
                        else
                            delete m.arena;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.requiresLoginId = v;
                        else
                            delete m.requiresLoginId;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.authenticated = v;
                        else
                            delete m.authenticated;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RedirectTicket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.RedirectTicket & zonebus.RedirectTicket.$Shape} RedirectTicket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectTicket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RedirectTicket message.
         * @function verify
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RedirectTicket.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                if (!$util.isString(m.clientIp))
                    return "clientIp: string expected";
            }
            if (m.loginIdMac != null && $Object.hasOwnProperty.call(m, "loginIdMac")) {
                if (!(m.loginIdMac && typeof m.loginIdMac.length === "number" || $util.isString(m.loginIdMac)))
                    return "loginIdMac: buffer expected";
            }
            if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                if (typeof m.expiresMs !== "number")
                    return "expiresMs: number expected";
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                if (!$util.isString(m.arena))
                    return "arena: string expected";
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof m.used !== "boolean")
                    return "used: boolean expected";
            }
            if (m.requiresLoginId != null && $Object.hasOwnProperty.call(m, "requiresLoginId")) {
                if (typeof m.requiresLoginId !== "boolean")
                    return "requiresLoginId: boolean expected";
            }
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated")) {
                if (typeof m.authenticated !== "boolean")
                    return "authenticated: boolean expected";
            }
            return null;
        };

        /**
         * Creates a RedirectTicket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.RedirectTicket} RedirectTicket
         */
        RedirectTicket.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.RedirectTicket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.RedirectTicket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.RedirectTicket();
            if (d.clientIp != null) {
                if (typeof d.clientIp !== "string" || d.clientIp.length) {
                    m.clientIp = $String(d.clientIp);
                }
            }
            if (d.loginIdMac != null) {
                if (d.loginIdMac.length) {
                    if (typeof d.loginIdMac === "string")
                        $util.base64.decode(d.loginIdMac, m.loginIdMac = $util.newBuffer($util.base64.length(d.loginIdMac)), 0);
                    else if (d.loginIdMac.length >= 0)
                        m.loginIdMac = d.loginIdMac;
                }
            }
            if (d.expiresMs != null) {
                if (!$Object.is($Number(d.expiresMs), 0)) {
                    m.expiresMs = $Number(d.expiresMs);
                }
            }
            if (d.arena != null) {
                if (typeof d.arena !== "string" || d.arena.length) {
                    m.arena = $String(d.arena);
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            if (d.used != null) {
                if (d.used) {
                    m.used = $Boolean(d.used);
                }
            }
            if (d.requiresLoginId != null) {
                if (d.requiresLoginId) {
                    m.requiresLoginId = $Boolean(d.requiresLoginId);
                }
            }
            if (d.authenticated != null) {
                if (d.authenticated) {
                    m.authenticated = $Boolean(d.authenticated);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RedirectTicket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {zonebus.RedirectTicket} m RedirectTicket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RedirectTicket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.clientIp = "";
                if (o.bytes === $String)
                    d.loginIdMac = "";
                else {
                    d.loginIdMac = [];
                    if (o.bytes !== $Array)
                        d.loginIdMac = $util.newBuffer(d.loginIdMac);
                }
                d.expiresMs = 0;
                d.arena = "";
                d.reason = "";
                d.used = false;
                d.requiresLoginId = false;
                d.authenticated = false;
            }
            if (m.clientIp != null && $Object.hasOwnProperty.call(m, "clientIp")) {
                d.clientIp = m.clientIp;
            }
            if (m.loginIdMac != null && $Object.hasOwnProperty.call(m, "loginIdMac")) {
                d.loginIdMac = o.bytes === $String ? $util.base64.encode(m.loginIdMac, 0, m.loginIdMac.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.loginIdMac) : m.loginIdMac;
            }
            if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                d.expiresMs = o.json && !$isFinite(m.expiresMs) ? $String(m.expiresMs) : m.expiresMs;
            }
            if (m.arena != null && $Object.hasOwnProperty.call(m, "arena")) {
                d.arena = m.arena;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                d.used = m.used;
            }
            if (m.requiresLoginId != null && $Object.hasOwnProperty.call(m, "requiresLoginId")) {
                d.requiresLoginId = m.requiresLoginId;
            }
            if (m.authenticated != null && $Object.hasOwnProperty.call(m, "authenticated")) {
                d.authenticated = m.authenticated;
            }
            return d;
        };

        /**
         * Converts this RedirectTicket to JSON.
         * @function toJSON
         * @memberof zonebus.RedirectTicket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RedirectTicket.prototype.toJSON = function() {
            return RedirectTicket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RedirectTicket
         * @function getTypeUrl
         * @memberof zonebus.RedirectTicket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RedirectTicket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.RedirectTicket";
        };

        return RedirectTicket;
    })();

    zonebus.RedirectRequest = (function() {

        /**
         * Properties of a RedirectRequest.
         * @typedef {Object} zonebus.RedirectRequest.$Properties
         * @property {zonebus.PlayerAddress.$Properties|null} [player] RedirectRequest player
         * @property {string|null} [reason] RedirectRequest reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RedirectRequest.
         * @memberof zonebus
         * @interface IRedirectRequest
         * @augments zonebus.RedirectRequest.$Properties
         * @deprecated Use zonebus.RedirectRequest.$Properties instead.
         */

        /**
         * Shape of a RedirectRequest.
         * @typedef {zonebus.RedirectRequest.$Properties} zonebus.RedirectRequest.$Shape
         */

        /**
         * Constructs a new RedirectRequest.
         * @memberof zonebus
         * @classdesc Represents a RedirectRequest.
         * @constructor
         * @param {zonebus.RedirectRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RedirectRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RedirectRequest player.
         * @member {zonebus.PlayerAddress.$Properties|null|undefined} player
         * @memberof zonebus.RedirectRequest
         * @instance
         */
        RedirectRequest.prototype.player = null;

        /**
         * RedirectRequest reason.
         * @member {string} reason
         * @memberof zonebus.RedirectRequest
         * @instance
         */
        RedirectRequest.prototype.reason = "";

        /**
         * Creates a new RedirectRequest instance using the specified properties.
         * @function create
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {zonebus.RedirectRequest.$Properties=} [properties] Properties to set
         * @returns {zonebus.RedirectRequest} RedirectRequest instance
         * @type {{
         *   (properties: zonebus.RedirectRequest.$Shape): zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape;
         *   (properties?: zonebus.RedirectRequest.$Properties): zonebus.RedirectRequest;
         * }}
         */
        RedirectRequest.create = function(properties) {
            return new RedirectRequest(properties);
        };

        /**
         * Encodes the specified RedirectRequest message. Does not implicitly {@link zonebus.RedirectRequest.verify|verify} messages.
         * @function encode
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {zonebus.RedirectRequest.$Properties} m RedirectRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.player != null && $Object.hasOwnProperty.call(m, "player"))
                $root.zonebus.PlayerAddress.encode(m.player, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RedirectRequest message, length delimited. Does not implicitly {@link zonebus.RedirectRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {zonebus.RedirectRequest.$Properties} message RedirectRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RedirectRequest message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape} RedirectRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.RedirectRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.player = $root.zonebus.PlayerAddress.decode(r, r.size(), $undefined, q + 1, m.player);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RedirectRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.RedirectRequest & zonebus.RedirectRequest.$Shape} RedirectRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RedirectRequest message.
         * @function verify
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RedirectRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                {
                    var e = $root.zonebus.PlayerAddress.verify(m.player, q + 1);
                    if (e)
                        return "player." + e;
                }
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                if (!$util.isString(m.reason))
                    return "reason: string expected";
            }
            return null;
        };

        /**
         * Creates a RedirectRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.RedirectRequest} RedirectRequest
         */
        RedirectRequest.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.RedirectRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.RedirectRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.RedirectRequest();
            if (d.player != null) {
                if (!$util.isObject(d.player))
                    throw $TypeError(".zonebus.RedirectRequest.player: object expected");
                m.player = $root.zonebus.PlayerAddress.fromObject(d.player, q + 1);
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RedirectRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {zonebus.RedirectRequest} m RedirectRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RedirectRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.player = null;
                d.reason = "";
            }
            if (m.player != null && $Object.hasOwnProperty.call(m, "player")) {
                d.player = $root.zonebus.PlayerAddress.toObject(m.player, o, q + 1);
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            return d;
        };

        /**
         * Converts this RedirectRequest to JSON.
         * @function toJSON
         * @memberof zonebus.RedirectRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RedirectRequest.prototype.toJSON = function() {
            return RedirectRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RedirectRequest
         * @function getTypeUrl
         * @memberof zonebus.RedirectRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RedirectRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.RedirectRequest";
        };

        return RedirectRequest;
    })();

    zonebus.RedirectReply = (function() {

        /**
         * Properties of a RedirectReply.
         * @typedef {Object} zonebus.RedirectReply.$Properties
         * @property {boolean|null} [ok] RedirectReply ok
         * @property {string|null} [error] RedirectReply error
         * @property {string|null} [target] RedirectReply target
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RedirectReply.
         * @memberof zonebus
         * @interface IRedirectReply
         * @augments zonebus.RedirectReply.$Properties
         * @deprecated Use zonebus.RedirectReply.$Properties instead.
         */

        /**
         * Shape of a RedirectReply.
         * @typedef {zonebus.RedirectReply.$Properties} zonebus.RedirectReply.$Shape
         */

        /**
         * Constructs a new RedirectReply.
         * @memberof zonebus
         * @classdesc Represents a RedirectReply.
         * @constructor
         * @param {zonebus.RedirectReply.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RedirectReply = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RedirectReply ok.
         * @member {boolean} ok
         * @memberof zonebus.RedirectReply
         * @instance
         */
        RedirectReply.prototype.ok = false;

        /**
         * RedirectReply error.
         * @member {string} error
         * @memberof zonebus.RedirectReply
         * @instance
         */
        RedirectReply.prototype.error = "";

        /**
         * RedirectReply target.
         * @member {string} target
         * @memberof zonebus.RedirectReply
         * @instance
         */
        RedirectReply.prototype.target = "";

        /**
         * Creates a new RedirectReply instance using the specified properties.
         * @function create
         * @memberof zonebus.RedirectReply
         * @static
         * @param {zonebus.RedirectReply.$Properties=} [properties] Properties to set
         * @returns {zonebus.RedirectReply} RedirectReply instance
         * @type {{
         *   (properties: zonebus.RedirectReply.$Shape): zonebus.RedirectReply & zonebus.RedirectReply.$Shape;
         *   (properties?: zonebus.RedirectReply.$Properties): zonebus.RedirectReply;
         * }}
         */
        RedirectReply.create = function(properties) {
            return new RedirectReply(properties);
        };

        /**
         * Encodes the specified RedirectReply message. Does not implicitly {@link zonebus.RedirectReply.verify|verify} messages.
         * @function encode
         * @memberof zonebus.RedirectReply
         * @static
         * @param {zonebus.RedirectReply.$Properties} m RedirectReply message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectReply.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.error);
            if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.target);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified RedirectReply message, length delimited. Does not implicitly {@link zonebus.RedirectReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof zonebus.RedirectReply
         * @static
         * @param {zonebus.RedirectReply.$Properties} message RedirectReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RedirectReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RedirectReply message from the specified reader or buffer.
         * @function decode
         * @memberof zonebus.RedirectReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {zonebus.RedirectReply & zonebus.RedirectReply.$Shape} RedirectReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectReply.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.zonebus.RedirectReply();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.target = v;
                        else
                            delete m.target;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a RedirectReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof zonebus.RedirectReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {zonebus.RedirectReply & zonebus.RedirectReply.$Shape} RedirectReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RedirectReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RedirectReply message.
         * @function verify
         * @memberof zonebus.RedirectReply
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RedirectReply.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                if (!$util.isString(m.target))
                    return "target: string expected";
            }
            return null;
        };

        /**
         * Creates a RedirectReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof zonebus.RedirectReply
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {zonebus.RedirectReply} RedirectReply
         */
        RedirectReply.fromObject = function (d, q) {
            if (d instanceof $root.zonebus.RedirectReply)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".zonebus.RedirectReply: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.zonebus.RedirectReply();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            if (d.target != null) {
                if (typeof d.target !== "string" || d.target.length) {
                    m.target = $String(d.target);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RedirectReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof zonebus.RedirectReply
         * @static
         * @param {zonebus.RedirectReply} m RedirectReply
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RedirectReply.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                d.error = "";
                d.target = "";
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                d.target = m.target;
            }
            return d;
        };

        /**
         * Converts this RedirectReply to JSON.
         * @function toJSON
         * @memberof zonebus.RedirectReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RedirectReply.prototype.toJSON = function() {
            return RedirectReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RedirectReply
         * @function getTypeUrl
         * @memberof zonebus.RedirectReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RedirectReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/zonebus.RedirectReply";
        };

        return RedirectReply;
    })();

    return zonebus;
})();

export {
  $root as default
};
