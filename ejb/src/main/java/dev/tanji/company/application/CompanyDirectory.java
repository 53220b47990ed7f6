package dev.tanji.company.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registers companies, their facilities and products, and lists them. */
@Stateless
public class CompanyDirectory {

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

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

    public List<CompanyView> companies() {
        return em.createQuery("select c from CompanyEntity c order by c.name", CompanyEntity.class)
                .getResultStream().map(CompanyDirectory::view).toList();
    }

    public List<FacilityView> facilities(UUID companyId) {
        return em.createQuery("select f from FacilityEntity f where (:company is null or f.company.id = :company)"
                        + " order by f.name", FacilityEntity.class)
                .setParameter("company", companyId)
                .getResultStream().map(CompanyDirectory::view).toList();
    }

    public List<ProductView> products(UUID companyId) {
        return em.createQuery("select p from ProductEntity p where (:company is null or p.company.id = :company)"
                        + " order by p.name", ProductEntity.class)
                .setParameter("company", companyId)
                .getResultStream().map(CompanyDirectory::view).toList();
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
        CompanyEntity company = em.find(CompanyEntity.class, id);
        if (company == null) {
            throw new NotFoundException("company", id);
        }
        return company;
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
