package cn.gov.biyang.plan.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts (a free library; Vaadin Charts is commercial). The library is served from its
 * webjar and loaded once per page at run time, so the portal needs no frontend build. The option is ECharts' JSON.
 * When drawn, the element gets {@code data-rendered="true"} (browser tests wait for it).
 */
public class EChart extends Div {

    static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";

    private String optionJson = "{}";

    public EChart(String height) {
        addClassName("echart");
        setWidthFull();
        setHeight(height);
    }

    public void setOption(String optionJson) {
        this.optionJson = optionJson;
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        draw();
    }

    private void draw() {
        getElement().executeJs("""
                const el = this;
                const option = JSON.parse($0);
                if (!window.__portalEcharts) {
                    window.__portalEcharts = new Promise((resolve, reject) => {
                        const s = document.createElement('script');
                        s.src = $1;
                        s.onload = () => resolve(window.echarts);
                        s.onerror = reject;
                        document.head.appendChild(s);
                    });
                }
                window.__portalEcharts.then(echarts => {
                    const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
                    chart.setOption(option, true);
                    if (!el.__portalResize) {
                        el.__portalResize = new ResizeObserver(() => chart.resize());
                        el.__portalResize.observe(el);
                    }
                    el.setAttribute('data-rendered', 'true');
                });
                """, optionJson, SCRIPT);
    }
}
