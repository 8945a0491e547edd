package dev.kb.graphql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the transactions the application runs through the driver — each one a round trip to the
 * database — by wrapping Boot's {@link Driver} bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoundTrips {

  private static final Set<String> TRANSACTIONS =
      Set.of(
          "executeRead",
          "executeWrite",
          "executeReadWithoutResult",
          "executeWriteWithoutResult",
          "run",
          "beginTransaction");

  private final AtomicInteger count = new AtomicInteger();

  /** Transactions since the last {@link #reset()}. */
  public int count() {
    return count.get();
  }

  public void reset() {
    count.set(0);
  }

  @Bean
  static BeanPostProcessor countingDriver(RoundTrips roundTrips) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof Driver driver ? roundTrips.wrap(driver) : bean;
      }
    };
  }

  private Driver wrap(Driver driver) {
    return proxy(
        Driver.class,
        (proxy, method, args) -> {
          Object result = invoke(driver, method, args);
          if (result instanceof Session session) {
            return proxy(
                Session.class,
                (p, m, a) -> {
                  if (TRANSACTIONS.contains(m.getName())) {
                    count.incrementAndGet();
                  }
                  return invoke(session, m, a);
                });
          }
          if (method.getName().equals("executableQuery")) {
            count.incrementAndGet();
          }
          return result;
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
