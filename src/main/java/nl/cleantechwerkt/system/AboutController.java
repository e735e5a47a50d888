package nl.cleantechwerkt.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The about page: what the platform is, that the courses are illustrative, and the ESCO attribution. */
@Controller
class AboutController {

    static final String VIEW = "about";

    @GetMapping("/over")
    String about() {
        return VIEW;
    }
}
