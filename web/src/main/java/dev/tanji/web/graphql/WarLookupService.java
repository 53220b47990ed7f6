package dev.tanji.web.graphql;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Resolves GraphQL API beans through this WAR's own bean manager.
 *
 * <p>SmallRye GraphQL's default lookup uses {@code CDI.current()}, which inside an EAR resolves the EAR's bean
 * manager and cannot see the WAR's {@code @GraphQLApi} classes (WELD-001334). {@code java:comp/BeanManager} is the
 * bean manager of the component asking, that is, of this WAR.
 */
public final class WarLookupService implements LookupService {

    @Override
    public String getName() {
        return "Tanji WAR bean manager";
    }

    @Override
    public <T> ManagedInstance<T> getInstance(Class<T> type) {
        Instance.Handle<T> handle = instance().select(type).getHandle();
        return new ManagedInstance<>() {
            @Override
            public T get() {
                return handle.get();
            }

            @Override
            public void destroyIfNecessary() {
                if (Dependent.class.equals(handle.getBean().getScope())) {
                    handle.destroy();
                }
            }
        };
    }

    @Override
    public boolean isResolvable(Class<?> type) {
        return instance().select(type).isResolvable();
    }

    private static Instance<Object> instance() {
        try {
            BeanManager beanManager = (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
            return beanManager.createInstance();
        } catch (NamingException e) {
            throw new IllegalStateException("No bean manager bound at java:comp/BeanManager", e);
        }
    }
}
