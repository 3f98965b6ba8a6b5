package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** What bench/startup.sh polls for the first 200, as it polls vitae's liveness. */
@Path("/ready")
public class Ready {

    @GET
    public String ready() {
        return "ok";
    }
}
