package nl.cleantechwerkt.learners.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps non-consenting learners out of the index altogether: a profile is indexed only while
 * its consent stands, and the commit that revokes consent deletes its document. The consent
 * filter on every query stays as a second guard.
 */
public class ConsentRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("consent");
        context.bridge(LearnerProfile.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<LearnerProfile> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, LearnerProfile profile,
                RoutingBridgeRouteContext context) {
            if (profile.hasConsent()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        /** The profile may have been indexed before this change, whatever its consent is now. */
        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, LearnerProfile profile,
                RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
