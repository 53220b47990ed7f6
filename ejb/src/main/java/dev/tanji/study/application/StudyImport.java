package dev.tanji.study.application;

import dev.tanji.company.application.CompanyDirectory;
import dev.tanji.company.application.NewCompany;
import dev.tanji.company.application.NewFacility;
import dev.tanji.company.application.NewProduct;
import dev.tanji.factor.application.FactorLibrary;
import dev.tanji.factor.application.FactorSearch;
import dev.tanji.factor.application.NewFactor;
import dev.tanji.factor.application.NewFactorSet;
import dev.tanji.factor.application.NewGasAmount;
import dev.tanji.footprint.model.DataType;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Imports a whole study from one JSON document (format {@code tanji-study/1}): company, facility, product, factor
 * set(s) and inventory. Records that already exist are reused by name (a factor set by name and version, so a
 * document may cite a shipped reference set without listing its factors), so the document of a second study of the
 * same product imports cleanly. A set the document brings with its factors belongs to the document's company. Only an
 * ADMIN may import into a company not yet registered or into any company; an EDITOR imports into their own. One
 * transaction: all or nothing. Every field of {@link NewStudy} and {@link
 * NewInventoryLine} has a JSON field of the same name; see {@code demo/seed-a-valve-actuator.json}.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class StudyImport {

    public static final String FORMAT = "tanji-study/1";
    /** Larger documents go through a batch import, not one request. */
    public static final int MAX_DOCUMENT_CHARS = 2_000_000;

    @Inject
    CompanyDirectory companies;

    @Inject
    FactorLibrary factors;

    @Inject
    FactorSearch factorSearch;

    @Inject
    StudyEntry studies;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public StudyView importDocument(String document) {
        if (document == null || document.isBlank()) {
            throw new DomainException("INVALID_DOCUMENT", "The document is empty");
        }
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw new DomainException("INVALID_DOCUMENT",
                    "The document has " + document.length() + " characters; at most " + MAX_DOCUMENT_CHARS + " are accepted");
        }
        JsonObject root = parse(document);
        if (!FORMAT.equals(text(root, "format"))) {
            throw new DomainException("INVALID_DOCUMENT", "The document's format must be \"" + FORMAT + "\"");
        }
        JsonObject company = object(root, "company");
        String companyName = required(company, "name");
        UUID companyId = companies.companyNamed(companyName).map(c -> c.id())
                .orElseGet(() -> newCompany(companyName, text(company, "creditCode")));
        UUID facilityId = facility(companyId, object(root, "facility"));
        UUID productId = product(companyId, object(root, "product"));
        UUID factorSetId = factorSet(companyId, object(root, "factorSet"));

        List<UUID> moreSets = root.containsKey("moreFactorSets")
                ? array(root, "moreFactorSets").stream().map(v -> factorSet(companyId, v.asJsonObject())).toList()
                : List.of();

        JsonObject study = object(root, "study");
        List<NewInventoryLine> lines = array(study, "lines").stream().map(v -> line(v.asJsonObject())).toList();
        return studies.createStudy(new NewStudy(productId, facilityId, factorSetId, moreSets,
                required(study, "name"), integer(study, "referenceYear"), gwpSet(required(study, "gwpSet")),
                text(study, "functionalUnit"), study.getBoolean("declaredUnit", false), text(study, "referenceFlow"),
                enumValue(SystemBoundary.class, text(study, "systemBoundary")),
                study.containsKey("standards") ? strings(study, "standards").stream()
                        .map(s -> enumValue(Standard.class, s)).toList() : List.of(),
                study.containsKey("unitStatements") ? strings(study, "unitStatements") : List.of(),
                study.containsKey("cutOff") ? cutOff(object(study, "cutOff")) : null, lines));
    }

    private UUID newCompany(String name, String creditCode) {
        if (!CompanyScope.of(context, em).isEveryCompany()) {
            throw new DomainException("FORBIDDEN", "The document's company '" + name + "' is not yours: you import"
                    + " studies of your own company only, under its registered name");
        }
        return companies.createCompany(new NewCompany(name, creditCode)).id();
    }

    private UUID facility(UUID companyId, JsonObject facility) {
        String name = required(facility, "name").strip();
        return companies.facilityNamed(companyId, name).map(f -> f.id())
                .orElseGet(() -> companies.createFacility(new NewFacility(companyId, name,
                        text(facility, "gridRegion"), text(facility, "province"))).id());
    }

    private UUID product(UUID companyId, JsonObject product) {
        String name = required(product, "name").strip();
        return companies.productNamed(companyId, name).map(p -> p.id())
                .orElseGet(() -> companies.createProduct(new NewProduct(companyId, name, text(product, "category"),
                        required(product, "functionalUnit"))).id());
    }

    /**
     * A set the document's company reads (shipped reference data, or its own earlier import) is reused by name and
     * version; another company's set of that name is neither seen nor in the way.
     */
    private UUID factorSet(UUID companyId, JsonObject set) {
        String name = required(set, "name").strip();
        String version = required(set, "version").strip();
        return factorSearch.factorSet(companyId, name, version).map(s -> s.id())
                .orElseGet(() -> factors.createFactorSet(new NewFactorSet(companyId, name, text(set, "publisher"), version,
                        optionalInteger(set, "publicationYear"), text(set, "gwpBasis"), text(set, "source"),
                        array(set, "factors").stream().map(v -> factor(v.asJsonObject())).toList())).id());
    }

    private static NewFactor factor(JsonObject f) {
        List<NewGasAmount> gases = f.containsKey("gases") ? array(f, "gases").stream()
                .map(v -> new NewGasAmount(required(v.asJsonObject(), "gas"), decimal(v.asJsonObject(), "amount")))
                .toList() : null;
        return new NewFactor(required(f, "name"), text(f, "category"), text(f, "region"),
                optionalInteger(f, "referenceYear"), optionalDecimal(f, "value"), required(f, "unit"), gases,
                optionalDecimal(f, "uncertaintyPercent"), text(f, "confidence"), required(f, "source"));
    }

    private static NewInventoryLine line(JsonObject l) {
        LifeCycleStage stage = enumValue(LifeCycleStage.class, required(l, "stage"));
        NewInventoryLine.NewTransport transport = null;
        if (l.containsKey("transport")) {
            JsonObject t = object(l, "transport");
            transport = new NewInventoryLine.NewTransport(decimal(t, "mass"), required(t, "massUnit"),
                    decimal(t, "distance"), required(t, "distanceUnit"), text(t, "mode"));
        }
        NewInventoryLine.NewAllocation allocation = null;
        if (l.containsKey("allocation")) {
            JsonObject a = object(l, "allocation");
            allocation = new NewInventoryLine.NewAllocation(required(a, "basis"), decimal(a, "periodOutput"),
                    text(a, "periodOutputUnit"), optionalDecimal(a, "productShare"), text(a, "productShareUnit"));
        }
        String factorId = text(l, "factorId");
        return new NewInventoryLine(stage, required(l, "item"), optionalDecimal(l, "amount"), text(l, "unit"),
                text(l, "factor"), factorId == null ? null : uuid(factorId), text(l, "factorRegion"),
                optionalInteger(l, "factorYear"), text(l, "directGas"), optionalDecimal(l, "densityKgPerM3"),
                transport, l.getBoolean("facilityTotal", false), optionalDecimal(l, "allocationOutput"), allocation,
                enumValue(DataType.class, text(l, "dataType")), text(l, "source"),
                optionalInteger(l, "technologyRating"), l.getBoolean("excluded", false),
                l.getBoolean("rareMaterial", false));
    }

    private static NewStudy.NewCutOff cutOff(JsonObject c) {
        return new NewStudy.NewCutOff(optionalDecimal(c, "massPercent"), optionalDecimal(c, "rareMassPercent"),
                optionalDecimal(c, "totalPercent"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("INVALID_DOCUMENT", "Unknown " + type.getSimpleName() + " '" + value
                    + "'; expected one of " + List.of(type.getEnumConstants()));
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("INVALID_DOCUMENT", "'" + value + "' is not a factor id");
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be an array of strings");
        }
        return value.asJsonArray().stream().map(v -> {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be an array of strings");
        }).toList();
    }

    private static BigDecimal optionalDecimal(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : decimal(o, key);
    }

    private static GwpSet gwpSet(String value) {
        try {
            return GwpSet.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException("INVALID_DOCUMENT", "Unknown GWP set '" + value + "'; expected AR4, AR5 or AR6");
        }
    }

    private static JsonObject parse(String document) {
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new DomainException("INVALID_DOCUMENT", "The document is not a JSON object: " + e.getMessage());
        }
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be an object");
        }
        return value.asJsonObject();
    }

    private static List<JsonValue> array(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be an array");
        }
        List<JsonValue> items = value.asJsonArray();
        for (JsonValue item : items) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainException("INVALID_DOCUMENT", "Every entry of '" + key + "' must be an object");
            }
        }
        return items;
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be a string");
    }

    private static String required(JsonObject o, String key) {
        String value = text(o, key);
        if (value == null || value.isBlank()) {
            throw new DomainException("INVALID_DOCUMENT", "'" + key + "' is missing");
        }
        return value;
    }

    /** Decimals may be given as JSON numbers or as strings, so that no client has to round them through a double. */
    private static BigDecimal decimal(JsonObject o, String key) {
        JsonValue value = o.get(key);
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be a decimal number");
    }

    private static Integer optionalInteger(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : integer(o, key);
    }

    private static int integer(JsonObject o, String key) {
        if (o.get(key) instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        throw new DomainException("INVALID_DOCUMENT", "'" + key + "' must be a whole number");
    }
}
