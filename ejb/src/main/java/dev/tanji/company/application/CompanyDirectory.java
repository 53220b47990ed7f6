package dev.tanji.company.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.Conditions;
import dev.tanji.platform.paging.Keyset;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers companies, their facilities and products, and lists them a page at a time, by name. Only ADMINs register
 * companies; everyone else sees and writes their own company's rows only ({@link CompanyScope}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class CompanyDirectory {

    private static final KeysetQuery<CompanyEntity> COMPANIES = new KeysetQuery<>(CompanyEntity.class, "select c",
            "from CompanyEntity c", "count(c)", byName("companies", "c"), c -> List.of(c.name(), c.id()));
    private static final KeysetQuery<FacilityEntity> FACILITIES = new KeysetQuery<>(FacilityEntity.class,
            "select f", "from FacilityEntity f", "count(f)", byName("facilities", "f"), f -> List.of(f.name(), f.id()));
    private static final KeysetQuery<ProductEntity> PRODUCTS = new KeysetQuery<>(ProductEntity.class, "select p",
            "from ProductEntity p", "count(p)", byName("products", "p"), p -> List.of(p.name(), p.id()));

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @RolesAllowed(Roles.ADMIN)
    public CompanyView createCompany(NewCompany input) {
        String name = requireName("name", input.name());
        if (findCompanyByName(name).isPresent()) {
            throw new DomainException("DUPLICATE_NAME", "A company named '" + name + "' already exists");
        }
        CompanyEntity company = new CompanyEntity(name, optionalText("creditCode", input.creditCode(), 32),
                Instant.now());
        em.persist(company);
        return view(company);
    }

    public FacilityView createFacility(NewFacility input) {
        CompanyEntity company = company(input.companyId());
        String name = requireName("name", input.name());
        requireNoOther("FacilityEntity", "facility", company, name);
        FacilityEntity facility = new FacilityEntity(company, name,
                optionalText("gridRegion", input.gridRegion(), 100),
                optionalText("province", input.province(), 100), Instant.now());
        em.persist(facility);
        return view(facility);
    }

    public ProductView createProduct(NewProduct input) {
        CompanyEntity company = company(input.companyId());
        String name = requireName("name", input.name());
        requireNoOther("ProductEntity", "product", company, name);
        ProductEntity product = new ProductEntity(company, name, optionalText("category", input.category(), 200),
                requireName("functionalUnit", input.functionalUnit()), Instant.now());
        em.persist(product);
        return view(product);
    }

    /** Companies by name, those whose name or credit code contains {@code search} if given. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Page<CompanyView> companies(String search, PageRequest page) {
        return COMPANIES.page(em, new Conditions().search(search, "c.name", "c.creditCode")
                        .add("c.id = :scope", "scope", scope().restriction()), page)
                .map(CompanyDirectory::view);
    }

    /** Facilities by name, of one company or of all, those whose name contains {@code search} if given. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Page<FacilityView> facilities(UUID companyId, String search, PageRequest page) {
        return FACILITIES.page(em, new Conditions().add("f.company.id = :company", "company", companyId)
                .add("f.company.id = :scope", "scope", scope().restriction())
                .search(search, "f.name"), page).map(CompanyDirectory::view);
    }

    /** Products by name, filtered by company, by text in name or category, and by category (any case). */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Page<ProductView> products(UUID companyId, String search, String category, PageRequest page) {
        return PRODUCTS.page(em, new Conditions().add("p.company.id = :company", "company", companyId)
                .add("p.company.id = :scope", "scope", scope().restriction())
                .search(search, "p.name", "p.category")
                .add("lower(p.category) = :category", "category", lowerCase(category)), page)
                .map(CompanyDirectory::view);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Optional<CompanyView> companyNamed(String name) {
        CompanyScope scope = scope();
        return findCompanyByName(name.strip()).filter(c -> scope.includes(c.id())).map(CompanyDirectory::view);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Optional<FacilityView> facilityNamed(UUID companyId, String name) {
        if (!scope().includes(companyId)) {
            return Optional.empty();
        }
        return em.createQuery("select f from FacilityEntity f where f.company.id = :company and f.name = :name",
                        FacilityEntity.class)
                .setParameter("company", companyId).setParameter("name", name.strip())
                .getResultStream().findFirst().map(CompanyDirectory::view);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public Optional<ProductView> productNamed(UUID companyId, String name) {
        if (!scope().includes(companyId)) {
            return Optional.empty();
        }
        return em.createQuery("select p from ProductEntity p where p.company.id = :company and p.name = :name",
                        ProductEntity.class)
                .setParameter("company", companyId).setParameter("name", name.strip())
                .getResultStream().findFirst().map(CompanyDirectory::view);
    }

    private static String lowerCase(String text) {
        String given = optionalText("category", text, 200);
        return given == null ? null : given.toLowerCase(Locale.ROOT);
    }

    /** Names are unique per company, for facilities and products alike. */
    private void requireNoOther(String entity, String what, CompanyEntity company, String name) {
        boolean exists = !em.createQuery("select e.id from " + entity + " e where e.company = :company"
                        + " and e.name = :name", UUID.class)
                .setParameter("company", company).setParameter("name", name).getResultList().isEmpty();
        if (exists) {
            throw new DomainException("DUPLICATE_NAME",
                    "Company '" + company.name() + "' already has a " + what + " named '" + name + "'");
        }
    }

    private Optional<CompanyEntity> findCompanyByName(String name) {
        return em.createQuery("select c from CompanyEntity c where c.name = :name", CompanyEntity.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private CompanyEntity company(UUID id) {
        if (id == null) {
            throw new DomainException("INVALID_INPUT", "companyId is missing");
        }
        return scope().require(em.find(CompanyEntity.class, id), id, "company", id);
    }

    private CompanyScope scope() {
        return CompanyScope.of(context, em);
    }

    private static Keyset byName(String list, String alias) {
        return Keyset.of(list).ascending(alias + ".name", name -> name).ascending(alias + ".id", UUID::fromString);
    }

    static CompanyView view(CompanyEntity c) {
        return new CompanyView(c.id(), c.name(), c.creditCode());
    }

    static FacilityView view(FacilityEntity f) {
        return new FacilityView(f.id(), f.company().id(), f.name(), f.gridRegion(), f.province());
    }

    static ProductView view(ProductEntity p) {
        return new ProductView(p.id(), p.company().id(), p.name(), p.category(), p.functionalUnit());
    }
}
